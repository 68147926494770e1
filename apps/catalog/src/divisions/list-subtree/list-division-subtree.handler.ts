import {
  type DivisionPage,
  divisionContracts,
  type ListDivisionSubtreeRequest,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  DIVISION_COLUMNS,
  divisionReplyOf,
  type DivisionRow,
  VALID_ON_DATE,
} from '../division-rows';
import { existingDivisionCode } from '../existing-division-code';
import { subtreePrefixesFollowingSuccessors } from './subtree-prefixes';

@Controller()
export class ListDivisionSubtreeHandler {
  constructor(private readonly orm: MikroORM) {}

  /**
   * A division and everything below it, by code, following successors: where a division of the
   * subtree was abolished (by `asOf`, when given), the subtrees of its successors are included,
   * so a query made with an old code still covers what that area is today.
   */
  @MessagePattern(divisionContracts.listDivisionSubtree.subject)
  async handle(@Payload() request: ListDivisionSubtreeRequest): Promise<DivisionPage> {
    const connection = this.orm.em.getConnection();
    const code = await existingDivisionCode(this.orm.em, request.code);
    const prefixes = await subtreePrefixesFollowingSuccessors(this.orm.em, code, request.asOf);
    const ranges = prefixes.map(() => `d.code between ? and ?`).join(' or ');
    const bounds = prefixes.flatMap((prefix) => [prefix.padEnd(12, '0'), prefix.padEnd(12, '9')]);
    return readPage(
      request,
      1,
      (after, rows) =>
        connection.execute<DivisionRow[]>(
          `select ${DIVISION_COLUMNS} from catalog.division d
            where (${ranges}) and d.code > ?
              ${request.asOf === undefined ? '' : `and ${VALID_ON_DATE}`}
            order by d.code limit ?`,
          [
            ...bounds,
            String(after?.[0] ?? ''),
            ...(request.asOf === undefined ? [] : [request.asOf, request.asOf]),
            rows,
          ],
        ),
      (row) => [row.code],
      divisionReplyOf,
    );
  }
}
