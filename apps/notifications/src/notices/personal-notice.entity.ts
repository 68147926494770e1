import { type MyNotice } from '@gov/contracts';
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

/** What one party of a case (the applicant, the village agent) is told of one event of it. */
@Entity({ tableName: 'personal_notice' })
@Unique({ properties: ['eventId', 'recipient'] })
export class PersonalNotice {
  /** A UUIDv7: in the order recorded, so newest first is by id. */
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'uuid' })
  readonly eventId: string;

  /** The token subject (`sub`) of the person told. */
  @Property({ type: 'text' })
  readonly recipient: string;

  @Property({ type: 'uuid' })
  readonly caseId: string;

  @Property({ type: 'string', length: 40 })
  readonly caseNumber: string;

  @Property({ type: 'text' })
  readonly eventType: string;

  @Property({ type: 'text' })
  readonly title: string;

  @Property({ type: 'datetime' })
  readonly createdAt: Date = new Date();

  constructor(notice: {
    eventId: string;
    recipient: string;
    caseId: string;
    caseNumber: string;
    eventType: string;
    title: string;
  }) {
    this.eventId = notice.eventId;
    this.recipient = notice.recipient;
    this.caseId = notice.caseId;
    this.caseNumber = notice.caseNumber;
    this.eventType = notice.eventType;
    this.title = notice.title;
  }

  toReply(): MyNotice {
    return {
      id: this.id,
      caseId: this.caseId,
      caseNumber: this.caseNumber,
      eventType: this.eventType,
      title: this.title,
      createdAt: this.createdAt.toISOString(),
    };
  }
}
