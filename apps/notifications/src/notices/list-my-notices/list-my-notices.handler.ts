import { type Principal } from '@gov/auth';
import {
  type ListMyNoticesRequest,
  type MyNoticePage,
  notificationsContracts,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { PersonalNotice } from '../personal-notice.entity';

@Controller()
export class ListMyNoticesHandler {
  constructor(private readonly orm: MikroORM) {}

  /** The notices addressed to the caller about their cases, newest first, a page at a time. */
  @MessagePattern(notificationsContracts.listMyNotices.subject)
  handle(
    @Payload() request: ListMyNoticesRequest,
    @Caller() caller: Principal,
  ): Promise<MyNoticePage> {
    return readPage(
      request,
      1,
      (after, rows) =>
        this.orm.em.find(
          PersonalNotice,
          {
            recipient: caller.subject,
            ...(after === undefined ? {} : { id: { $lt: String(after[0]) } }),
          },
          { orderBy: { id: 'desc' }, limit: rows },
        ),
      (notice) => [notice.id],
      (notice) => notice.toReply(),
    );
  }
}
