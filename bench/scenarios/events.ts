import { connect, DeliverPolicy, type NatsConnection } from 'nats';
import { Client } from 'pg';
import { httpLoad } from '../load/http-load';
import { type BenchRow } from '../support/report';
import { LOAD, type Scenario } from '../support/scenario';
import { timingOf } from '../support/timing';
import { submissionLoad } from './submission';

const RATE = 1_000;
const LAG_TARGET_MS = 100;
/** How long events may still arrive after the load stopped before the missing count as lost. */
const DRAIN_MS = 15_000;

/**
 * Scenario 6: events from the cases service's outbox through its relay (woken by NOTIFY) and
 * JetStream to a consumer — the bench's own, an ordered JetStream consumer on the cases
 * events — which takes each event's lag as the time from its `time` (stamped in the writing
 * transaction) to its arrival. Two loads: submissions through the gateway asked at 1,000/s (the
 * lag at the rate the suite really submits), and outbox rows written directly at a steady
 * 1,000/s, which holds the target's rate whatever the submission ceiling. Target: p99 < 100 ms.
 */
export const eventsScenario: Scenario = {
  baselines: [],
  usesSuite: true,
  async run(context) {
    const suite = await context.suite();
    const submissions = await submissionLoad(context);
    const where = { natsUrl: context.natsUrl, databaseUrl: suite.databaseUrl };
    // Direct writes first: after the submissions, the suite's own consumers would still be working
    // through their events, and the direct figures would measure that too.
    const commits: number[] = [];
    const direct = await measureLag(where, () =>
      writeOutboxAtRate(suite.databaseUrl, RATE, LOAD.durationSeconds * 1000, commits),
    );
    const viaGateway = await measureLag(where, async () => {
      await httpLoad({ ...submissions, overallRate: RATE }, { warmup: null });
    });
    const commitP99 = timingOf(commits).p99Ms.toFixed(0);
    return [
      row('submissions asked at 1,000/s via the gateway → consumer', viaGateway),
      row(
        'outbox rows written at a steady 1,000/s → relay → consumer',
        direct,
        `; the writer's inserts took p99 ${commitP99} ms to commit, included in the lag (an event's time is stamped before its commit)`,
      ),
    ];
  },
};

interface LagResult {
  readonly lags: number[];
  readonly expected: number;
  readonly seconds: number;
}

function row(measurement: string, result: LagResult, noteSuffix = ''): BenchRow {
  const timing = timingOf(result.lags);
  const lost = result.expected - result.lags.length;
  return {
    scenario: '6 events',
    measurement,
    timing,
    perSecond: result.lags.length / result.seconds,
    errors: lost,
    target: {
      text: `lag p99 < ${LAG_TARGET_MS} ms`,
      met: timing.p99Ms < LAG_TARGET_MS && lost === 0,
    },
    note: `${result.lags.length.toLocaleString('en')} of ${result.expected.toLocaleString('en')} events arrived; /s is events a second; ms is lag; errors are events that never arrived${noteSuffix}`,
  };
}

/**
 * Runs `load` while the consumer takes every event's lag. The events expected are exactly the
 * outbox rows the load caused (written after it began and committed by its end), matched by id,
 * so that neither a late answer of the load nor an event of something else is miscounted.
 */
async function measureLag(
  where: { readonly natsUrl: string; readonly databaseUrl: string },
  load: () => Promise<void>,
): Promise<LagResult> {
  const nats = await connect({ servers: where.natsUrl });
  const db = new Client({ connectionString: where.databaseUrl });
  await db.connect();
  try {
    const arrivals = new Map<string, number>();
    const consuming = await consumeLags(nats, arrivals);
    const [head] = (
      await db.query<{ position: string }>(
        `select coalesce(max(position), 0)::text as position from cases.outbox`,
      )
    ).rows;
    const started = Date.now();
    await load();
    const seconds = (Date.now() - started) / 1000;
    const caused = (
      await db.query<{ id: string }>(
        `select envelope->>'id' as id from cases.outbox where position > $1`,
        [head?.position ?? '0'],
      )
    ).rows.map((row) => row.id);
    const until = Date.now() + DRAIN_MS;
    const missing = () => caused.filter((id) => !arrivals.has(id)).length;
    while (missing() > 0 && Date.now() < until) await sleep(100);
    consuming.stop();
    const lags = caused.flatMap((id) => arrivals.get(id) ?? []);
    return { lags, expected: caused.length, seconds };
  } finally {
    await db.end();
    await nats.close();
  }
}

/**
 * An ordered consumer of the cases service's new events, recording each one's lag in ms by its
 * id; resolves once it is subscribed, so no event of the load goes before it.
 */
async function consumeLags(
  nats: NatsConnection,
  arrivals: Map<string, number>,
): Promise<{ stop(): void }> {
  const consumer = await nats.jetstream().consumers.get('GOV_EVENTS', {
    // One subject as a string: a list needs nats-server 2.10, and Debian's is 2.9.
    filterSubjects: 'gov.evt.cases.>',
    deliver_policy: DeliverPolicy.New,
  });
  const messages = await consumer.consume();
  // A consumer that breaks shows as events that never arrived; this line says why.
  void (async () => {
    for await (const message of messages) {
      const { id, time } = message.json<{ id: string; time: string }>();
      arrivals.set(id, Date.now() - Date.parse(time));
    }
  })().catch((error: unknown) => process.stderr.write(`[bench] consumer: ${String(error)}\n`));
  return { stop: () => void messages.close() };
}

/**
 * Writes bench events into the cases outbox at `perSecond`, as the outbox writer does (one row per
 * event, `time` stamped as it is written), in small batches every 10 ms; adds each batch's time
 * to commit, in ms, to `commits`.
 */
async function writeOutboxAtRate(
  databaseUrl: string,
  perSecond: number,
  durationMs: number,
  commits: number[],
): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const started = Date.now();
    let written = 0;
    while (Date.now() - started < durationMs) {
      const due = Math.floor(((Date.now() - started) / 1000) * perSecond) - written;
      if (due > 0) {
        const writing = performance.now();
        await client.query(
          `insert into cases.outbox (id, subject, envelope)
           select id, 'gov.evt.cases.bench.load.v1.330102000000',
                  jsonb_build_object('specversion', '1.0', 'id', id, 'source', '/gov/cases',
                    'type', 'bench.load', 'subject', id, 'time', $1::text, 'data', jsonb_build_object())
           from (select gen_random_uuid() as id from generate_series(1, $2)) batch`,
          [new Date().toISOString(), due],
        );
        commits.push(performance.now() - writing);
        written += due;
      }
      await sleep(10);
    }
  } finally {
    await client.end();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
