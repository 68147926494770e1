import { type CaseState, type PaymentStatus } from '@gov/case';
import { type Case as CaseReply, type CaseClock, type CaseStatus } from '@gov/contracts';
import { ArrayType, Entity, type Opt, PrimaryKey, Property } from '@mikro-orm/core';

export interface StoredMaterial {
  readonly key: string;
  readonly name: string;
  readonly documentRef: string;
}

/** The phase of the legal clock (DOMAIN.md §4). */
export type ClockPhase = CaseClock['phase'];

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

  /** The agent point's agent who submitted for the applicant (便民代办), and the agent's area. */
  @Property({ type: 'text', nullable: true })
  readonly agentSubject!: string | null;

  @Property({ type: 'text', nullable: true })
  readonly agentUsername!: string | null;

  @Property({ type: 'string', length: 12, nullable: true })
  readonly agentDivision!: string | null;

  /** The village or community the applicant lives in, when an agent submitted. */
  @Property({ type: 'string', length: 12, nullable: true })
  readonly residence!: string | null;

  /** A joint case's departments whose task is open (null for a case of one department). */
  @Property({ type: ArrayType, columnType: 'varchar(18)[]', nullable: true })
  pendingDepartments: string[] | null = null;

  /** Whether the fee is paid (not-required / unpaid / partly-paid / paid), for lists. */
  @Property({ type: 'string', length: 20 })
  feeStatus: PaymentStatus & Opt = 'not-required';

  /** The organ that handles and decides the case (its credit code), from the item's guide. */
  @Property({ type: 'string', length: 18, nullable: true })
  readonly handlingOrgan!: string | null;

  /** Its name, as on the notices it issues. */
  @Property({ type: 'string', length: 200, nullable: true })
  readonly handlingOrganName!: string | null;

  /** The subject of whoever submitted (the citizen, or the clerk at the window). */
  @Property({ type: 'text' })
  readonly submittedBy!: string;

  @Property({ type: 'datetime' })
  readonly receivedAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  /** While the case waits for acceptance: when the 5 working days run out (deemed acceptance). */
  @Property({ type: 'datetime', nullable: true })
  acceptanceEndsAt: Date | null = null;

  /** When the case was accepted (or deemed accepted): for the statistics of a period. */
  @Property({ type: 'datetime', nullable: true })
  acceptedAt: Date | null = null;

  /** The legal clock's phase when the columns below were computed. */
  @Property({ type: 'string', length: 20 })
  clockPhase: ClockPhase = 'not-started';

  /** Last day of the statutory limit (extension included) once accepted; null before. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  statutoryDueOn: string | null = null;

  /** Last day of the promised limit once accepted; null before. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  promisedDueOn: string | null = null;

  /** While running: the first day the promised deadline's yellow warning is due (电子监察). */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  promisedWarnOn: string | null = null;

  /** While running: the first day the statutory deadline's yellow warning is due. */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  statutoryWarnOn: string | null = null;

  /** The earliest day a warning of this case may be due; null when none can be (not running). */
  @Property({ type: 'string', columnType: 'date', nullable: true })
  nextWarningOn: string | null = null;

  /** True when a calendar changed after the columns above were computed. */
  @Property({ type: 'boolean' })
  deadlinesStale: boolean & Opt = false;

  /** Optimistic lock; equals the state's sequence (the aggregate sequence of its events). */
  @Property({ type: 'integer', version: true })
  version!: number & Opt;
}
