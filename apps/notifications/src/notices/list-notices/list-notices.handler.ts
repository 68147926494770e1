import {
  type ListNoticesRequest,
  type Notice as NoticeReply,
  notificationsContracts,
} from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { Notice } from '../notice.entity';

@Controller()
export class ListNoticesHandler {
  constructor(private readonly orm: MikroORM) {}

  @MessagePattern(notificationsContracts.listNotices.subject)
  async handle(@Payload() request: ListNoticesRequest): Promise<NoticeReply[]> {
    const notices = await this.orm.em.find(
      Notice,
      request.aggregateId === undefined ? {} : { aggregateId: request.aggregateId },
      { orderBy: { id: 'asc' }, limit: request.limit ?? 100 },
    );
    return notices.map((notice) => notice.toReply());
  }
}
