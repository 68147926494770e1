import { Client } from 'pg';
import { SuiteClient } from '../../tools/scenarios/suite-client';
import { httpLoad } from '../load/http-load';
import { type BenchRow } from '../support/report';
import { type BenchContext, LOAD, ratiosTo, repeated, type Scenario } from '../support/scenario';
import { submissionLoad } from './submission';

/** Cases accepted in each measured run, and in the warm-up before it. */
const PER_RUN = 1_000;
const WARMUP = 200;

/**
 * Scenario 3: the clerk's acceptance (受理) of submitted applications through the gateway — each
 * request a different case: the transition, the clock started on the centre's calendar, the
 * outbox event and the audit row in one transaction — against (b), the database's ceiling for a
 * write of that size. The cases are those the submission scenario left, topped up (unmeasured)
 * when it did not run or left too few. A run is a fixed number of cases, not a fixed time.
 */
export const acceptanceScenario: Scenario = {
  baselines: ['b'],
  usesSuite: true,
  async run(context) {
    const suite = await context.suite();
    const ids = await submittedCases(context, WARMUP + LOAD.repeats * PER_RUN);
    const api = new SuiteClient({ gateway: suite.gatewayUrl, issuer: suite.issuer });
    const load = {
      url: suite.gatewayUrl,
      connections: LOAD.connections,
      durationSeconds: LOAD.durationSeconds,
      method: 'POST' as const,
      headers: {
        authorization: `Bearer ${await api.token('sc-clerk')}`,
        'content-type': 'application/json',
      },
      body: '{}',
    };
    const accept = (from: number, count: number) =>
      ids.slice(from, from + count).map((id) => `/api/v1/cases/${id}/accept`);
    const { median, note } = await repeated((repeat) =>
      httpLoad(
        { ...load, paths: accept(WARMUP + repeat * PER_RUN, PER_RUN) },
        { warmup: repeat === 0 ? { ...load, paths: accept(0, WARMUP) } : null, cpu: suite.cpu },
      ),
    );
    const row: BenchRow = {
      scenario: '3 acceptance',
      measurement: 'POST /api/v1/cases/{id}/accept, clerk token, via the gateway',
      timing: median.timing,
      perSecond: median.perSecond,
      errors: median.errors,
      ratios: ratiosTo(context, median.perSecond, ['b']),
      note: `${PER_RUN.toLocaleString('en')} cases a run; ${note}`,
    };
    return [row];
  },
};

/** `count` submitted cases, oldest first; submits the shortfall through the gateway first. */
async function submittedCases(context: BenchContext, count: number): Promise<string[]> {
  const suite = await context.suite();
  const client = new Client({ connectionString: suite.databaseUrl });
  await client.connect();
  try {
    const query = () =>
      client.query<{ id: string }>(
        `select id from cases."case" where status = 'submitted' order by received_at, id limit $1`,
        [count],
      );
    const found = await query();
    const shortfall = count - found.rows.length;
    if (shortfall <= 0) return found.rows.map((row) => row.id);
    process.stderr.write(`[bench] submitting ${shortfall} cases to accept\n`);
    const load = await submissionLoad(context);
    // autocannon refuses more connections than requests.
    const connections = Math.min(load.connections, shortfall);
    await httpLoad({ ...load, connections, amount: shortfall }, { warmup: null });
    const ids = (await query()).rows.map((row) => row.id);
    if (ids.length < count) {
      throw new Error(`only ${ids.length} of ${count} cases to accept could be submitted`);
    }
    return ids;
  } finally {
    await client.end();
  }
}
