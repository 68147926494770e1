import {
  type DivisionImport as DivisionImportReply,
  type DivisionImportProblem,
  type DivisionImportReport,
  type DivisionImportState,
  type DivisionListFormat,
} from '@gov/contracts';
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';
import { type SuccessorMapping } from './division-list/plan-division-import';

/** What a request says about the import it queues. */
export interface QueuedImport {
  readonly format: DivisionListFormat | null;
  readonly requestedFormat: DivisionListFormat | null;
  readonly effectiveDate: string;
  readonly dryRun: boolean;
  readonly content: string;
  readonly successors: SuccessorMapping[];
  readonly division: string;
  readonly requestedBy: string;
  readonly rowsTotal: number;
}

/**
 * An import of a division code list, run as a job: queued by the request, then claimed by one
 * catalog instance, which applies the whole list in one transaction (or, on a dry run, only
 * reports) and records the outcome with it.
 */
@Entity({ tableName: 'division_import' })
export class DivisionImport {
  @PrimaryKey({ type: 'uuid' })
  readonly id: string = uuidv7();

  @Property({ type: 'string', length: 10 })
  state: DivisionImportState = 'queued';

  /** The format read from the list; null when none could be recognised. */
  @Property({ type: 'string', length: 10, nullable: true })
  format: DivisionListFormat | null;

  /** The format the request insisted on, so the job reads the list the same way. */
  @Property({ type: 'string', length: 10, nullable: true })
  readonly requestedFormat: DivisionListFormat | null;

  @Property({ type: 'date' })
  readonly effectiveDate: string;

  @Property({ type: 'boolean' })
  readonly dryRun: boolean;

  @Property({ type: 'text', lazy: true })
  readonly content: string;

  @Property({ type: 'json' })
  readonly successors: SuccessorMapping[];

  /** The division common to the list's rows: who may see the job (scope). */
  @Property({ type: 'string', length: 12 })
  readonly division: string;

  @Property({ type: 'text' })
  readonly requestedBy: string;

  @Property({ type: 'integer' })
  rowsTotal: number;

  @Property({ type: 'integer' })
  rowsProcessed = 0;

  @Property({ type: 'json', nullable: true })
  report: DivisionImportReport | null = null;

  @Property({ type: 'json' })
  problems: DivisionImportProblem[] = [];

  @Property({ type: 'integer' })
  problemCount = 0;

  @Property({ type: 'datetime' })
  readonly createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  startedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;

  /** Raised while a job runs; a running job whose heartbeat stops is claimed again. */
  @Property({ type: 'datetime', nullable: true })
  heartbeatAt: Date | null = null;

  @Property({ type: 'integer', version: true })
  version!: number;

  private constructor(details: QueuedImport) {
    this.format = details.format;
    this.requestedFormat = details.requestedFormat;
    this.effectiveDate = details.effectiveDate;
    this.dryRun = details.dryRun;
    this.content = details.content;
    this.successors = details.successors;
    this.division = details.division;
    this.requestedBy = details.requestedBy;
    this.rowsTotal = details.rowsTotal;
  }

  /** A job waiting to be claimed. */
  static queue(details: QueuedImport): DivisionImport {
    return new DivisionImport(details);
  }

  toReply(): DivisionImportReply {
    return {
      id: this.id,
      state: this.state,
      format: this.format,
      effectiveDate: this.effectiveDate,
      dryRun: this.dryRun,
      division: this.division,
      rowsTotal: this.rowsTotal,
      rowsProcessed: this.rowsProcessed,
      report: this.report,
      problems: this.problems,
      problemCount: this.problemCount,
      createdAt: this.createdAt.toISOString(),
      startedAt: this.startedAt?.toISOString() ?? null,
      finishedAt: this.finishedAt?.toISOString() ?? null,
    };
  }
}
