import { type CaseState } from '@gov/case';
import { type Case as CaseReply, type CaseStatus } from '@gov/contracts';
import { Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

export interface StoredMaterial {
  readonly key: string;
  readonly name: string;
  readonly documentRef: string;
}

/**
 * A case (办件): the application, the item version it is handled under, the applicant (identifiers
 * sealed, see `ApplicantVault`), and the lifecycle state the `@gov/case` rules move.
 */
@Entity({ tableName: 'case' })
export class CaseRecord {
  @PrimaryKey({ type: 'uuid' })
  readonly id!: string;

  @Property({ type: 'string', length: 40, unique: true })
  readonly number!: string;

  /** SHA-256 of the query code: the code itself is shown once, at submission. */
  @Property({ type: 'string', length: 64 })
  readonly queryCodeHash!: string;

  @Property({ type: 'string', length: 30 })
  status!: CaseStatus;

  @Property({ type: 'string', length: 20 })
  readonly channel!: CaseReply['channel'];

  @Property({ type: 'string', length: 12 })
  readonly division!: string;

  @Property({ type: 'string', length: 120 })
  readonly itemCode!: string;

  @Property({ type: 'integer' })
  readonly itemVersion!: number;

  @Property({ type: 'string', length: 200 })
  readonly itemName!: string;

  @Property({ type: 'string', length: 20 })
  readonly applicantKind!: 'person' | 'organisation';

  @Property({ type: 'string', length: 200 })
  readonly applicantName!: string;

  /** The resident ID or credit code, sealed (`pd1.…`). */
  @Property({ type: 'text' })
  readonly applicantId!: string;

  /** Blind index of the identifier, for lookup without decrypting. */
  @Property({ type: 'string', length: 16 })
  readonly applicantIdIdx!: string;

  @Property({ type: 'text' })
  readonly applicantPhone!: string;

  @Property({ type: 'json' })
  readonly materials!: StoredMaterial[];

  @Property({ type: 'json' })
  state!: CaseState;

  /** The subject of whoever submitted (the citizen, or the clerk at the window). */
  @Property({ type: 'text' })
  readonly submittedBy!: string;

  @Property({ type: 'datetime' })
  readonly receivedAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** Optimistic lock; equals the state's sequence (the aggregate sequence of its events). */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
