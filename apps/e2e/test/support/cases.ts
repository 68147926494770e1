import { atLocalTime, type LocalDate } from '@gov/calendar';
import { residentIdCheckCharacter } from '@gov/identifiers';
import { Clock } from '../../../cases/src/cases/clock';
import { randomInt } from 'node:crypto';
import { type Suite } from './suite';

/** The fields of a case answer the tests read. */
export interface CaseBody {
  id: string;
  number: string;
  status: string;
  division: string;
  clock: {
    phase: string;
    statutory: { limit: number; dueDate: string } | null;
    promised: { limit: number; dueDate: string } | null;
  };
}

/**
 * A valid resident ID born in `division6` on a random day of 1950–2004, with a random sequence: one of
 * ~20 million, so the cases of the tests sharing a database never share an applicant by chance (a
 * test that lists one applicant's cases must find its own alone).
 */
export function aResidentId(division6 = '330102'): string {
  const born = new Date(Date.UTC(1950, 0, 1) + randomInt(20_000) * 86_400_000);
  const date = born.toISOString().slice(0, 10).replaceAll('-', '');
  const first17 = `${division6}${date}${String(randomInt(1000)).padStart(3, '0')}`;
  return first17 + residentIdCheckCharacter(first17);
}

/** The required materials of an item's guide, each with a document reference. */
export async function requiredMaterials(
  suite: Suite,
  itemCode = 'XK00001001',
): Promise<{ key: string; documentRef: string }[]> {
  const guide = await suite.get(`/api/v1/guides/${itemCode}`);
  const { materials } = (
    guide.body as { version: { guide: { materials: { key: string; required: boolean }[] } } }
  ).version.guide;
  return materials
    .filter((material) => material.required)
    .map((material) => ({ key: material.key, documentRef: `doc:${material.key}` }));
}

/** Submits an application for 张三 as `headers`' user; fails the test unless it is taken. */
export async function submitCase(
  suite: Suite,
  headers: Record<string, string>,
  options: { itemCode?: string; division?: string; residentId?: string } = {},
): Promise<CaseBody & { queryCode: string }> {
  const itemCode = options.itemCode ?? 'XK00001001';
  const response = await suite.send(
    'POST',
    '/api/v1/cases',
    {
      itemCode,
      division: options.division ?? '330102000000',
      applicant: {
        kind: 'person',
        name: '张三',
        residentId: options.residentId ?? aResidentId(),
        phone: '13812345678',
      },
      materials: await requiredMaterials(suite, itemCode),
    },
    headers,
  );
  if (response.status !== 201) {
    throw new Error(`submission answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  const body = response.body as { case: CaseBody; queryCode: string };
  return { ...body.case, queryCode: body.queryCode };
}

/** Polls `probe` until it answers something other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer !== undefined) return answer;
    if (Date.now() > deadline) throw new Error(`nothing within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * From now on the cases service of `suite` lives at `time` (Beijing) of `date`; the rest of the
 * suite keeps real time, so tokens stay valid. Undone by `jest.restoreAllMocks()` or the spy.
 */
export function setCasesClock(suite: Suite, date: string, time = '12:00'): jest.SpyInstance<Date> {
  return jest
    .spyOn(suite.service('cases').get(Clock), 'now')
    .mockReturnValue(atLocalTime(date as LocalDate, time));
}
