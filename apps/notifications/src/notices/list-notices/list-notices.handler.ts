import { type Principal, Scope } from '@gov/auth';
import { type ListNoticesRequest, type NoticePage, notificationsContracts } from '@gov/contracts';
import { Caller } from '@gov/nats';
import { readPage } from '@gov/persistence';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Notice } from '../notice.entity';

@Controller()
export class ListNoticesHandler {
  constructor(private readonly orm: MikroORM) {}

  /**
   * Notices of the caller's subtree (or of a division inside it), oldest first, a page at a time.
   * Naming a division outside the subtree is refused rather than answered with an empty page.
   */
  @MessagePattern(notificationsContracts.listNotices.subject)
  handle(@Payload() request: ListNoticesRequest, @Caller() caller: Principal): Promise<NoticePage> {
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const within = request.division === undefined ? scope : Scope.ofDivision(request.division);
    const prefix = within.divisionPrefix;
    if (prefix === null) return Promise.resolve({ items: [], nextCursor: null });
    return readPage(
      request,
      1,
      (after, rows) =>
        this.orm.em.find(
          Notice,
          {
            division: { $like: `${prefix}%` },
            ...(request.aggregateId === undefined ? {} : { aggregateId: request.aggregateId }),
            ...(after === undefined ? {} : { id: { $gt: String(after[0]) } }),
          },
          { orderBy: { id: 'asc' }, limit: rows },
        ),
      (notice) => [notice.id],
      (notice) => notice.toReply(),
    );
  }
}
