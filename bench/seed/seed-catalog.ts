import { type ServiceGuide } from '@gov/contracts';
import { parseDivisionCode } from '@gov/division';
import { Client } from 'pg';
import {
  documentTerms,
  queryTerms,
  searchableText,
} from '../../apps/catalog/src/items/domain/search-terms';
import {
  LEVEL_WEIGHTS,
  TOPICS,
  IMPLEMENTED,
  ORGAN_KINDS,
  ACTIONS,
  QUALIFIERS,
  CONDITIONS,
  MATERIALS,
  LAWS,
  STEPS,
  DEPTHS,
  type OrganKind,
} from './catalog-words';
import { progress } from './seed-cases';

const BATCH = 10_000;
const TERM = '证明';
const VALID_FROM = '2025-06-01';

interface Place {
  readonly code: string;
  readonly name: string;
  readonly level: string;
  readonly parent: string | null;
}
interface Organ {
  readonly creditCode: string;
  readonly division: string;
  readonly kind: OrganKind;
}
interface Province {
  readonly places: ReadonlyMap<string, Place>;
  readonly organs: readonly Organ[];
}
interface SeedRow {
  readonly code: string;
  readonly kind: 'base' | 'implementation';
  readonly baseCode: string | null;
  readonly division: string;
  readonly guide: ServiceGuide;
}
type Random = () => number;

/**
 * Adds `count` published service items to the sample province (seeded by the catalog service at
 * start) for the catalogue search scenario: families of a base item at the province, a city or a
 * county and its implementations below, handled by the seed's departments, with guides built from
 * a vocabulary of administrative words. Rows are what publication writes for search — the item,
 * its version 1 in force and its `item_search` row with the guide's terms — but no outbox events.
 * Answers a township whose search reaches items of every level above, the term searched for and
 * how many items the search can find there.
 */
export async function seedCatalogItems(
  databaseUrl: string,
  count: number,
): Promise<{
  readonly seconds: number;
  readonly division: string;
  readonly term: string;
  readonly matching: number;
}> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const started = Date.now();
  try {
    const province = await readProvince(client);
    const rows = [...catalogue(province, count, mulberry32(20261126))];
    // The next batch is built while the database writes the previous one.
    let writing: Promise<unknown> = Promise.resolve();
    for (let first = 0; first < rows.length; first += BATCH) {
      const batch = batchJson(rows.slice(first, first + BATCH));
      await writing;
      if (first > 0) progress('seeding items', first, rows.length, started);
      writing = client.query(INSERT_BATCH, [batch, VALID_FROM]);
    }
    await writing;
    progress('seeding items', rows.length, rows.length, started);
    process.stderr.write('\n');
    await client.query(
      'vacuum analyze catalog.service_item, catalog.item_version, catalog.item_search',
    );
    const division = [...province.places.values()]
      .filter((place) => place.level === 'township')
      .map((place) => place.code)
      .sort()[0];
    if (division === undefined) throw new Error('The sample province has no township');
    const code = parseDivisionCode(division);
    const scope = [...code.ancestors(), code].map((each) => each.value);
    const found = await client.query<{ count: string }>(
      `select count(*) as count from catalog.item_search
        where division = any($1::varchar[]) and terms @> $2::text[]`,
      [scope, queryTerms(TERM)],
    );
    return {
      seconds: (Date.now() - started) / 1000,
      division,
      term: TERM,
      matching: Number(found.rows[0]?.count ?? 0),
    };
  } finally {
    await client.end();
  }
}

/** A batch as one JSON array; terms space-separated (a term never holds a space). */
function batchJson(rows: readonly SeedRow[]): string {
  return JSON.stringify(
    rows.map((row) => ({
      code: row.code,
      kind: row.kind,
      base_code: row.baseCode,
      division: row.division,
      guide: row.guide,
      terms: documentTerms(searchableText(row.guide)).join(' '),
    })),
  );
}

/**
 * One statement per batch ($1 from `batchJson`, $2 the day the versions are in force from): the
 * items, their versions in force and their search rows, as publication writes them.
 */
const INSERT_BATCH = `
with r as (
  select * from jsonb_to_recordset($1::jsonb)
    as r(code text, kind text, base_code text, division text, guide jsonb, terms text)
),
items as (
  insert into catalog.service_item (id, code, kind, base_code, division, handling_organ, status,
                                    published_version, latest_version, version)
  select md5('bench-item-' || code)::uuid, code, kind, base_code, division,
         guide ->> 'handlingOrgan', 'active', 1, 1, 2
  from r
),
versions as (
  insert into catalog.item_version (id, item_id, number, state, guide, valid_from, change_note,
                                    published_at, published_by)
  select md5('bench-version-' || code)::uuid, md5('bench-item-' || code)::uuid, 1, 'published',
         guide, $2::date, '目录初始化', now(), 'seed'
  from r
)
insert into catalog.item_search (item_id, code, kind, division, handling_organ, involved_organs,
                                 category, name, online_depth, promised_limit_days, version, terms)
select md5('bench-item-' || code)::uuid, code, kind, division, guide ->> 'handlingOrgan',
       array(select jsonb_array_elements_text(guide -> 'departments' -> 'involved'))::varchar[],
       guide ->> 'category', guide ->> 'name', guide -> 'online' ->> 'depth',
       (guide ->> 'promisedLimitDays')::int, 1, string_to_array(terms, ' ')
from r`;

async function readProvince(client: Client): Promise<Province> {
  const places = await client.query<{
    code: string;
    name: string;
    level: string;
    parent_code: string | null;
  }>(
    `select code, name, level, parent_code from catalog.division
      where code like '33%' and valid_to is null`,
  );
  const organs = await client.query<{ credit_code: string; name: string; division: string }>(
    `select credit_code, name, division from catalog.department where division like '33%'
      order by credit_code`,
  );
  return {
    places: new Map(
      places.rows.map(({ parent_code: parent, ...row }) => [row.code, { ...row, parent }] as const),
    ),
    organs: organs.rows.map((row) => ({
      creditCode: row.credit_code,
      division: row.division,
      kind: ORGAN_KINDS.find(([word]) => row.name.includes(word))?.[1] ?? 'other',
    })),
  };
}

/**
 * Families until `count` items: a base item at a level with departments (the province most
 * often), then its implementations at cities, counties and townships below it, each handled by
 * the nearest department of the item's kind (or any nearest department).
 */
function* catalogue(province: Province, count: number, random: Random): Generator<SeedRow> {
  const places = [...province.places.values()].sort((a, b) => a.code.localeCompare(b.code));
  const owners = (level: string) =>
    places.filter((p) => p.level === level && province.organs.some((o) => o.division === p.code));
  const levels = [owners('province'), owners('city'), owners('county')] as const;
  const sequences = new Map<string, number>();
  let made = 0;
  while (made < count) {
    const level = pick(random, LEVEL_WEIGHTS);
    const home = oneOf(random, levels[level]);
    const [topic, kind] = oneOf(random, TOPICS);
    const action = pick(
      random,
      ACTIONS.map((each) => [each, each[5]] as const),
    );
    const sequence = sequences.get(action[2]) ?? 0;
    sequences.set(action[2], sequence + 1);
    const code = `${action[2]}${50000 + Math.floor(sequence / 10)}${String(1 + (sequence % 10)).padStart(3, '0')}`;
    const guide = baseGuide(random, province, home, topic, kind, action);
    yield { code, kind: 'base', baseCode: null, division: home.code, guide };
    made += 1;
    for (const target of places) {
      if (made >= count) break;
      if (
        !strictlyBelow(province, target, home.code) ||
        random() >= (IMPLEMENTED[target.level] ?? 0)
      ) {
        continue;
      }
      const organ = organFor(random, province, target.code, kind);
      const materials = guide.materials.filter((material) => material.required || random() >= 0.3);
      yield {
        code: `${code}-${target.code}-${organ}`,
        kind: 'implementation',
        baseCode: code,
        division: target.code,
        guide: {
          ...guide,
          handlingOrgan: organ,
          departments: { ...guide.departments, lead: organ },
          promisedLimitDays: Math.floor(guide.promisedLimitDays * (0.5 + random() / 2)),
          materials,
          applyAt: { ...guide.applyAt, place: `${target.name}政务服务中心综合受理窗口` },
        },
      };
      made += 1;
    }
  }
}

function baseGuide(
  random: Random,
  province: Province,
  home: Place,
  domain: string,
  kind: OrganKind,
  action: (typeof ACTIONS)[number],
): ServiceGuide {
  const [suffix, category, , resultSuffix, resultKind] = action;
  const organ = organFor(random, province, home.code, kind);
  const statutory = oneOf(random, [5, 10, 15, 20, 30]);
  const depth = pick(random, DEPTHS);
  const others = MATERIALS.filter(([key]) => key !== 'other-proof' || random() < 0.1).filter(
    () => random() < 0.22,
  );
  const conditions = CONDITIONS.filter(() => random() < 0.3);
  const dataOrgan = province.organs.find((o) => o.kind === 'data' && o.division === home.code);
  return {
    name: `${domain}${suffix}${oneOf(random, QUALIFIERS)}`,
    category,
    handlingOrgan: organ,
    legalBases: [oneOf(random, LAWS), oneOf(random, LAWS)]
      .filter((law, index, all) => all.indexOf(law) === index)
      .map((law) => ({ law, article: `第${1 + Math.floor(random() * 80)}条` })),
    conditions: conditions.length > 0 ? conditions : CONDITIONS.slice(0, 2),
    materials: [
      {
        key: 'application-form',
        name: `${domain}申请表`,
        form: 'paper-or-electronic',
        copies: 1,
        original: 'original',
        required: true,
      },
      ...others.map(([key, name]) => ({
        key,
        name,
        form: 'paper-or-electronic' as const,
        copies: 1,
        original: 'copy' as const,
        required: random() < 0.5,
      })),
    ],
    steps: STEPS,
    statutoryLimitDays: statutory,
    promisedLimitDays: Math.floor(statutory * oneOf(random, [0, 0.3, 0.5, 1])),
    result: {
      name: `${domain}${resultSuffix}`,
      kind: resultKind,
      delivery: ['window', 'electronic'],
    },
    fee: { free: true },
    supervisionPhone: '12345',
    applyAt: {
      place: `${home.name}政务服务中心综合受理窗口`,
      hours: '工作日 上午9:00-12:00，下午13:30-17:00（法定节假日除外）',
    },
    online: depth === 'none' ? { depth } : { depth, url: 'https://www.zjzwfw.gov.cn/' },
    departments: {
      lead: organ,
      involved:
        dataOrgan && dataOrgan.creditCode !== organ && random() < 0.05
          ? [dataOrgan.creditCode]
          : [],
    },
    inCentre: { handled: true },
  };
}

/** The nearest department of `kind` at or above `division`, else the nearest of any kind. */
function organFor(random: Random, province: Province, division: string, kind: OrganKind): string {
  for (const wanted of [kind, null]) {
    for (
      let at: string | null = division;
      at !== null;
      at = province.places.get(at)?.parent ?? null
    ) {
      const here = province.organs.filter(
        (o) => o.division === at && (wanted === null || o.kind === wanted),
      );
      if (here.length > 0) return oneOf(random, here).creditCode;
    }
  }
  throw new Error(`No department at or above ${division}`);
}

function strictlyBelow(province: Province, place: Place, ancestor: string): boolean {
  if (place.level === 'village') return false;
  for (let at = place.parent; at !== null; at = province.places.get(at)?.parent ?? null) {
    if (at === ancestor) return true;
  }
  return false;
}

function oneOf<T>(random: Random, values: readonly T[]): T {
  const value = values[Math.floor(random() * values.length)];
  if (value === undefined) throw new Error('Nothing to pick from');
  return value;
}

function pick<T>(random: Random, weighted: readonly (readonly [T, number])[]): T {
  let left = random() * weighted.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [value, weight] of weighted) {
    left -= weight;
    if (left < 0) return value;
  }
  return oneOf(random, weighted)[0];
}

/** A small seeded generator: the same catalogue on every run. */
function mulberry32(seed: number): Random {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
