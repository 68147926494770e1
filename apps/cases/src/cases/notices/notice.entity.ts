import { type NoticeDocument, type NoticeKind } from '@gov/case';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A notice document issued on a case: numbered, dated, kept as the facts it was written from. */
@Entity({ tableName: 'notice' })
export class NoticeRecord {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'uuid' })
  readonly caseId!: string;

  @Property({ type: 'string', length: 20 })
  readonly kind!: NoticeKind;

  @Property({ type: 'string', length: 80, unique: true })
  readonly number!: string;

  /** The case's sequence after the transition that issued it. */
  @Property({ type: 'integer' })
  readonly sequence!: number;

  @Property({ type: 'datetime' })
  readonly issuedAt!: Date;

  /** The facts the notice states (never changed once issued); text and HTML are rendered from them. */
  @Property({ type: 'json' })
  readonly document!: NoticeDocument;
}
