import { type CloudEvent, type Notice as NoticeReply } from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** What the notifications service recorded for one event it received, in the order received. */
@Entity({ tableName: 'notice' })
export class Notice {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'uuid', unique: true })
  readonly eventId: string;

  @Property({ type: 'string' })
  readonly eventType: string;

  @Property({ type: 'string' })
  readonly aggregateId: string;

  @Property({ type: 'integer' })
  readonly sequence: number;

  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'string' })
  readonly title: string;

  @Property({ type: 'datetime' })
  readonly createdAt: Date = new Date();

  constructor(event: CloudEvent, title: string) {
    this.eventId = event.id;
    this.eventType = event.type;
    this.aggregateId = event.subject;
    this.sequence = event.sequence;
    this.division = event.division;
    this.title = title;
  }

  toReply(): NoticeReply {
    return {
      id: this.id,
      eventId: this.eventId,
      eventType: this.eventType,
      aggregateId: this.aggregateId,
      sequence: this.sequence,
      division: this.division,
      title: this.title,
      createdAt: this.createdAt.toISOString(),
    };
  }
}
