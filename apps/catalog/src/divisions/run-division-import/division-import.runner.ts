import {
  type DivisionImportProblem,
  type DivisionImportReport,
  type DivisionImportState,
  type DivisionListFormat,
  divisionEvents,
} from '@gov/contracts';
import { OutboxWriter } from '@gov/persistence';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { setTimeout as delay } from 'node:timers/promises';
import { Client } from 'pg';
import { DivisionImport } from '../division-import.entity';
import { parseDivisionList } from '../division-list/parse-division-list';
import { planDivisionImport } from '../division-list/plan-division-import';
import { applyDivisionChanges } from './apply-division-changes';
import { changesAnything, listImportedData, problemsOf, reportOf } from './import-report';
import { loadCatalogueFor } from './load-catalogue';
import { Wakeup } from './wakeup';

const CHANNEL = 'catalog_division_import';
/** Backstop when no NOTIFY arrives (e.g. the listening connection was lost). */
const POLL_MS = 10_000;
/** A running job whose heartbeat is this old belongs to an instance that died: claim it again. */
const STALE_AFTER_SECONDS = 120;
const LOCK = 'catalog.division-import';
const LOCK_RETRY_MS = 500;

/** The job as claimed: its version at the claim, which every later write checks. */
interface Claim {
  readonly id: string;
  readonly version: number;
}

interface Outcome {
  readonly state: Extract<DivisionImportState, 'succeeded' | 'failed'>;
  readonly format: DivisionListFormat | null;
  readonly report?: DivisionImportReport;
  readonly problems?: readonly DivisionImportProblem[];
  readonly problemCount?: number;
  readonly rowsProcessed?: number;
}

/** Another instance claimed the job again (this one looked dead): leave it to that one. */
class ClaimLost extends Error {}

/** This instance stops while the job waits for its turn: hand it back to the queue. */
class Stopping extends Error {}

/**
 * Runs queued division imports, one at a time per instance, however many instances there are:
 * a job is claimed with `for update skip locked`; imports are applied one after another under an
 * advisory lock, each in one transaction that also records its outcome and its event, so a job
 * is applied whole or not at all. Progress is written beside it as it goes.
 */
@Injectable()
export class DivisionImportRunner implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('DivisionImports');
  private readonly wakeup = new Wakeup();
  private listener: Client | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
  ) {}

  onApplicationBootstrap(): void {
    this.running ??= this.run();
  }

  /** Finishes the job in hand first, before the database connections close. */
  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wakeup.wake();
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      await this.listen().catch((error: unknown) =>
        this.logger.warn(`Not listening for division imports: ${messageOf(error)}`),
      );
      try {
        const claim = await this.claimNext();
        if (claim) {
          await this.process(claim);
          continue;
        }
      } catch (error) {
        this.logger.warn(`Division imports paused: ${messageOf(error)}`);
      }
      await this.wakeup.sleep(POLL_MS);
    }
  }

  private async listen(): Promise<void> {
    if (this.listener) return;
    const client = new Client({ connectionString: this.orm.config.get('clientUrl') });
    client.on('notification', () => this.wakeup.wake());
    // A dropped connection: listen again on the next round (the poll covers the gap).
    client.on('error', () => {
      if (this.listener === client) this.listener = undefined;
      void client.end().catch(() => undefined);
    });
    await client.connect();
    await client.query(`listen ${CHANNEL}`);
    this.listener = client;
  }

  private async claimNext(): Promise<Claim | undefined> {
    const [claim] = await this.orm.em.getConnection().execute<Claim[]>(
      `update catalog.division_import
          set state = 'running', started_at = coalesce(started_at, now()),
              heartbeat_at = now(), version = version + 1
        where id = (select id from catalog.division_import
                     where state = 'queued'
                        or (state = 'running' and heartbeat_at < now() - make_interval(secs => ?))
                     order by created_at
                     limit 1
                     for update skip locked)
        returning id, version`,
      [STALE_AFTER_SECONDS],
    );
    return claim;
  }

  private async process(claim: Claim): Promise<void> {
    const em = this.orm.em.fork();
    const job = await em.findOneOrFail(DivisionImport, { id: claim.id }, { populate: ['content'] });
    const list = parseDivisionList(job.content, job.requestedFormat ?? undefined);
    const format = list.format;
    try {
      await em.transactional(async (tx) => {
        await this.lockImports(tx, claim);
        if (list.problems.length > 0) {
          return this.finish(tx, claim, failed(format, list.problems, job.rowsTotal));
        }
        const plan = planDivisionImport({
          rows: list.rows,
          effectiveDate: job.effectiveDate,
          successors: job.successors,
          catalogue: await loadCatalogueFor(tx, list.rows, job.successors),
        });
        if (!plan.ok) return this.finish(tx, claim, failed(format, plan.problems, job.rowsTotal));
        const { changes } = plan;
        if (!job.dryRun && changesAnything(changes)) {
          await applyDivisionChanges(tx, changes, job.effectiveDate, (written) =>
            this.recordProgress(claim, changes.counts.unchanged + written),
          );
          await this.outbox.record(tx, divisionEvents.listImported, {
            aggregateId: job.id,
            division: job.division,
            sequence: 1,
            data: listImportedData(job.id, job.division, job.effectiveDate, changes),
          });
        }
        return this.finish(tx, claim, {
          state: 'succeeded',
          format,
          report: reportOf(changes),
          rowsProcessed: job.rowsTotal,
        });
      });
    } catch (error) {
      if (error instanceof ClaimLost) return;
      if (error instanceof Stopping) return this.release(claim);
      this.logger.error(`Division import ${claim.id} failed: ${messageOf(error)}`);
      const internal: DivisionImportProblem = {
        line: null,
        code: 'PLATFORM.INTERNAL',
        message: '导入时发生内部错误，目录未作任何改动：请稍后重试，或联系运维人员',
      };
      await this.finish(em, claim, { state: 'failed', format, problems: [internal] }).catch(
        () => undefined,
      );
    }
  }

  /** Waits its turn behind another import, keeping its own claim alive meanwhile. */
  private async lockImports(tx: EntityManager, claim: Claim): Promise<void> {
    for (;;) {
      const [lock] = await tx.execute<{ locked: boolean }[]>(
        'select pg_try_advisory_xact_lock(hashtext(?)) as locked',
        [LOCK],
      );
      if (lock?.locked) return;
      if (this.stopping) throw new Stopping();
      await this.recordProgress(claim, 0);
      await delay(LOCK_RETRY_MS);
    }
  }

  /** Progress and heartbeat, outside the import's transaction so a poller sees them. */
  private async recordProgress(claim: Claim, rowsProcessed: number): Promise<void> {
    const result = await this.orm.em.getConnection().execute<{ affectedRows: number }>(
      `update catalog.division_import set rows_processed = ?, heartbeat_at = now()
        where id = ? and version = ? and state = 'running'`,
      [rowsProcessed, claim.id, claim.version],
      'run',
    );
    if (result.affectedRows === 0) throw new ClaimLost();
  }

  /** Puts a job this instance will not run back in the queue, for another instance. */
  private async release(claim: Claim): Promise<void> {
    await this.orm.em.getConnection().execute(
      `update catalog.division_import
          set state = 'queued', heartbeat_at = null, version = version + 1
        where id = ? and version = ? and state = 'running'`,
      [claim.id, claim.version],
      'run',
    );
  }

  /** Records the outcome, in the import's transaction when given one; only while still claimed. */
  private async finish(em: EntityManager, claim: Claim, outcome: Outcome): Promise<void> {
    const result = await em.execute<{ affectedRows: number }>(
      `update catalog.division_import
          set state = ?, format = ?, report = ?::jsonb, problems = ?::jsonb, problem_count = ?,
              rows_processed = coalesce(?, rows_processed), finished_at = now(),
              heartbeat_at = null, version = version + 1
        where id = ? and version = ? and state = 'running'`,
      [
        outcome.state,
        outcome.format,
        outcome.report === undefined ? null : JSON.stringify(outcome.report),
        JSON.stringify(outcome.problems ?? []),
        outcome.problemCount ?? outcome.problems?.length ?? 0,
        outcome.rowsProcessed ?? null,
        claim.id,
        claim.version,
      ],
      'run',
    );
    if (result.affectedRows === 0) throw new ClaimLost();
  }
}

function failed(
  format: DivisionListFormat | null,
  problems: Parameters<typeof problemsOf>[0],
  rowsProcessed: number,
): Outcome {
  return {
    state: 'failed',
    format,
    problems: problemsOf(problems),
    problemCount: problems.length,
    rowsProcessed,
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
