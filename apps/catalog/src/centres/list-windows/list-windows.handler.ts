import {
  centreWindowContracts,
  type CentreWindowPage,
  GovError,
  type ListCentreWindowsRequest,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CentreWindow } from '../centre-window.entity';
import { Centre } from '../centre.entity';

@Controller()
export class ListWindowsHandler {
  constructor(private readonly orm: MikroORM) {}

  /** A centre's windows by number, a page at a time; public. */
  @MessagePattern(centreWindowContracts.listWindows.subject)
  async handle(@Payload() request: ListCentreWindowsRequest): Promise<CentreWindowPage> {
    const { centreId } = request;
    if (!(await this.orm.em.findOne(Centre, { id: centreId }))) {
      throw new GovError('CATALOG.CENTRE_NOT_FOUND', undefined, { id: centreId });
    }
    return readPage(
      request,
      1,
      (after, rows) =>
        this.orm.em.find(
          CentreWindow,
          after === undefined ? { centreId } : { centreId, number: { $gt: String(after[0]) } },
          { orderBy: { number: 'asc' }, limit: rows },
        ),
      (window) => [window.number],
      (window) => window.toReply(),
    );
  }
}
