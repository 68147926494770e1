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
  items: { deadline: string; level: string; status: string; itemCode: string }[];
}

/**
 * Waits (up to `timeoutMs`) until the deadline watch has warned of every seeded case the overview
 * counts, then answers the supervisor's overview by item and the open warnings of 上城区. The
 * overview reads the cases' deadlines, the warnings are what the watch raised on its periodic pass:
 * they agree once a pass has looked at every case — per item, an open promised yellow for each case
 * at risk and an open promised red for each overdue one (a case found after its due date gets the
 * red alone), and a case's statutory warnings come in the same transaction as its promised ones.
 */
export async function supervisionDemo(
  address: SuiteAddress,
  timeoutMs = 60_000,
): Promise<SupervisionDemoView> {
  const client = new SuiteClient(address);
  const deadline = Date.now() + timeoutMs;
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
    const warnedOfAll = sameCounts(byItem, promisedWarningsByItem(warnings.items));
    if ((overview.groups.length > 0 && warnedOfAll) || Date.now() > deadline) return view;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

type ItemCounts = Record<string, { atRisk: number; overdue: number }>;

/** Per item, the open promised warnings as the overview would count them: yellow at risk, red overdue. */
function promisedWarningsByItem(items: WarningPage['items']): ItemCounts {
  const counts: ItemCounts = {};
  for (const { deadline, level, itemCode } of items) {
    if (deadline !== 'promised') continue;
    const item = (counts[itemCode] ??= { atRisk: 0, overdue: 0 });
    if (level === 'yellow') item.atRisk += 1;
    else item.overdue += 1;
  }
  return counts;
}

/** Equal counts for every item, an item absent from one side counting as none. */
function sameCounts(left: ItemCounts, right: ItemCounts): boolean {
  const none = { atRisk: 0, overdue: 0 };
  return [...new Set([...Object.keys(left), ...Object.keys(right)])].every((item) => {
    const [l, r] = [left[item] ?? none, right[item] ?? none];
    return l.atRisk === r.atRisk && l.overdue === r.overdue;
  });
}
