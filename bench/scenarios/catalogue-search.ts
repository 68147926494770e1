import { httpLoad } from '../load/http-load';
import { seedCatalogItems } from '../seed/seed-catalog';
import { LOAD, repeated, type Scenario } from '../support/scenario';

const ITEMS = 100_000;

/**
 * Scenario 4: the public catalogue search for a two-character term (证明) through the gateway,
 * no token, from a township (whose search spans the levels above it) after 100,000 more items
 * were seeded into the suite's catalogue. The issue sets no target; the figures are the record.
 */
export const catalogueSearchScenario: Scenario = {
  baselines: [],
  usesSuite: true,
  async run(context) {
    const suite = await context.suite();
    const seeded = await seedCatalogItems(suite.databaseUrl, ITEMS);
    const query = new URLSearchParams({ division: seeded.division, q: seeded.term });
    const url = `${suite.gatewayUrl}/api/v1/guides?${query.toString()}`;
    const first = await fetch(url);
    if (first.status !== 200) throw new Error(`GET ${url} answered ${first.status}`);
    const { median, note } = await repeated(() =>
      httpLoad(
        { url, connections: LOAD.connections, durationSeconds: LOAD.durationSeconds },
        { cpu: suite.cpu },
      ),
    );
    return [
      {
        scenario: '4 catalogue search',
        measurement: `GET /api/v1/guides?q=${seeded.term} over ${ITEMS.toLocaleString('en')} more items, via the gateway`,
        timing: median.timing,
        perSecond: median.perSecond,
        errors: median.errors,
        note: `${seeded.matching.toLocaleString('en')} items match in ${seeded.division}, first page of 50; seeded in ${seeded.seconds.toFixed(0)} s; ${note}`,
      },
    ];
  },
};
