import { httpLoad } from '../load/http-load';
import { LOAD, ratiosTo, repeated, type Scenario } from '../support/scenario';

/** The seed's 食品经营许可 guide: the body baseline (a) serves in the seed's form. */
const ITEM = 'XK00001001';

/**
 * Scenario 1: the public guide page through the gateway, no token — the most read thing of the
 * suite, served from the gateway's cache of public reads (dropped by the item's events) — against
 * baseline (a), a bare Fastify route answering a body of that size. Target ≥ 50% of (a).
 */
export const guideReadScenario: Scenario = {
  baselines: ['a'],
  usesSuite: true,
  async run(context) {
    const suite = await context.suite();
    const url = `${suite.gatewayUrl}/api/v1/guides/${ITEM}`;
    const first = await fetch(url);
    if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}`);
    const bytes = (await first.arrayBuffer()).byteLength;
    const { median, note } = await repeated(() =>
      httpLoad(
        { url, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds },
        { cpu: suite.cpu },
      ),
    );
    const [ratio] = ratiosTo(context, median.perSecond, ['a']);
    return [
      {
        scenario: '1 guide read',
        measurement: 'GET /api/v1/guides/{code}, no token, via the gateway',
        timing: median.timing,
        perSecond: median.perSecond,
        errors: median.errors,
        ratios: ratio ? [ratio] : [],
        target: { text: '≥ 0.50×(a)', met: (ratio?.value ?? 0) >= 0.5 },
        note: `${bytes} bytes; ${note}`,
      },
    ];
  },
};
