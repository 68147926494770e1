import { residentIdCheckCharacter } from '@gov/identifiers';
import { SuiteClient } from '../../tools/scenarios/suite-client';
import { type HttpLoad, httpLoad } from '../load/http-load';
import { type BenchRow } from '../support/report';
import { type BenchContext, LOAD, ratiosTo, repeated, type Scenario } from '../support/scenario';

export const SUBMITTED_ITEM = 'XK00001001';
const FIRST_17 = '33010219900101123';

/**
 * Scenario 2: a citizen's online application through the gateway — token verified, validated,
 * over NATS to the cases service, the case, its outbox event and its audit row in one
 * transaction — each request with a fresh `Idempotency-Key`, so every one is a new case. Against
 * (d), the same hops with no product logic, and (b), the database's ceiling for those rows.
 * Targets: ≥ 0.70×(d), ≥ 0.30×(b), p99 < 100 ms, no errors.
 */
export const submissionScenario: Scenario = {
  baselines: ['b', 'd'],
  usesSuite: true,
  async run(context) {
    const load = await submissionLoad(context);
    const { cpu } = await context.suite();
    const { median, note } = await repeated(() => httpLoad(load, { cpu }));
    const ratios = ratiosTo(context, median.perSecond, ['d', 'b']);
    const [ofD, ofB] = ratios.map((ratio) => ratio.value);
    const met =
      (ofD ?? 0) >= 0.7 && (ofB ?? 0) >= 0.3 && median.timing.p99Ms < 100 && median.errors === 0;
    const row: BenchRow = {
      scenario: '2 submission',
      measurement: 'POST /api/v1/cases with Idempotency-Key, citizen token, via the gateway',
      timing: median.timing,
      perSecond: median.perSecond,
      errors: median.errors,
      ratios,
      target: { text: '≥ 0.70×(d), ≥ 0.30×(b), p99 < 100 ms, no errors', met },
      note,
    };
    return [row];
  },
};

/** The load of scenario 2, which the acceptance scenario also uses to make cases to accept. */
export async function submissionLoad(context: BenchContext): Promise<HttpLoad> {
  const suite = await context.suite();
  const api = new SuiteClient({ gateway: suite.gatewayUrl, issuer: suite.issuer });
  const guide = await api.call<{
    version: { guide: { materials: { key: string; required: boolean }[] } };
  }>('GET', `/api/v1/guides/${SUBMITTED_ITEM}`);
  const materials = guide.version.guide.materials
    .filter((material) => material.required)
    .map((material) => ({ key: material.key, documentRef: `dms://bench/${material.key}` }));
  return {
    url: `${suite.gatewayUrl}/api/v1/cases`,
    connections: LOAD.connections,
    durationSeconds: LOAD.durationSeconds,
    method: 'POST',
    headers: {
      authorization: `Bearer ${await api.token('citizen-zhang')}`,
      'content-type': 'application/json',
    },
    uniqueHeader: 'idempotency-key',
    body: JSON.stringify({
      itemCode: SUBMITTED_ITEM,
      division: '330102000000',
      applicant: {
        kind: 'person',
        name: '张三',
        residentId: FIRST_17 + residentIdCheckCharacter(FIRST_17),
        phone: '13812345678',
      },
      materials,
    }),
  };
}
