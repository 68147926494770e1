import {
  type DivisionPage,
  divisionContracts,
  type ListDivisionChildrenRequest,
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

@Controller()
export class ListDivisionChildrenHandler {
  constructor(private readonly orm: MikroORM) {}

  /** The divisions one level below, by code; with `asOf`, only those valid on that day. */
  @MessagePattern(divisionContracts.listDivisionChildren.subject)
  async handle(@Payload() request: ListDivisionChildrenRequest): Promise<DivisionPage> {
    const em = this.orm.em;
    const code = await existingDivisionCode(em, request.code);
    return readPage(
      request,
      1,
      (after, rows) =>
        em.getConnection().execute<DivisionRow[]>(
          `select ${DIVISION_COLUMNS} from catalog.division d
            where d.parent_code = ? and d.code > ?
              ${request.asOf === undefined ? '' : `and ${VALID_ON_DATE}`}
            order by d.code limit ?`,
          [
            code,
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
