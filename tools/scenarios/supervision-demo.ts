import { type SuiteAddress, SuiteClient } from './suite-client';

/** What a supervisor of 杭州市 sees of the demonstration cases `npm start` seeds in 上城区. */
export interface SupervisionDemoView {
  /** Per item: at risk and overdue on the promised deadline. */
  readonly byItem: Record<string, { atRisk: number; overdue: number }>;
  /** Open warnings, as `deadline/level` → how many. */
  readonly openWarnings: Record<string, number>;
}

interface Overview {
  groups: { key: string; atRisk: number; overdue: number }[];
}
interface WarningPage {
  items: { deadline: string; level: string; status: string }[];
}

/**
 * Waits (up to `timeoutMs`) until the deadline watch has warned of the seeded cases — warnings
 * there, and the same on two looks half a second apart, as a pass takes milliseconds — then
 * answers the supervisor's overview by item and the open warnings of 上城区.
 */
export async function supervisionDemo(
  address: SuiteAddress,
  timeoutMs = 60_000,
): Promise<SupervisionDemoView> {
  const client = new SuiteClient(address);
  const deadline = Date.now() + timeoutMs;
  let previous = '';
  for (;;) {
    const warnings = await client.call<WarningPage>(
      'GET',
      '/api/v1/warnings?division=330102000000&status=open&limit=100',
      undefined,
      'hz-supervisor',
    );
    const overview = await client.call<Overview>(
      'GET',
      '/api/v1/supervision/overview?groupBy=item&division=330102000000',
      undefined,
      'hz-supervisor',
    );
    const openWarnings: Record<string, number> = {};
    for (const { deadline: which, level } of warnings.items) {
      openWarnings[`${which}/${level}`] = (openWarnings[`${which}/${level}`] ?? 0) + 1;
    }
    const byItem = Object.fromEntries(
      overview.groups.map(({ key, atRisk, overdue }) => [key, { atRisk, overdue }]),
    );
    const view = { byItem, openWarnings };
    const settled = warnings.items.length > 0 && JSON.stringify(view) === previous;
    if (settled || Date.now() > deadline) return view;
    previous = JSON.stringify(view);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
