import { type CreatePowerRequest, CreatePowerRequestSchema, validate } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import { v7 as uuidv7 } from 'uuid';
import { readSeed } from '../../seed/read-seed';
import { describeFlowProblem, flowProblem } from '../rules/power-flow';
import {
  type CategoryRules,
  discretionApplicabilityProblem,
  discretionRangeProblem,
  legalBasisProblem,
  powerCodeProblem,
  provinceOf,
} from '../rules/power-rules';

export interface PowerCategorySeed {
  readonly common: readonly CategoryRules[];
  readonly provinces: readonly { province: string; own: readonly CategoryRules[] }[];
}

export interface PowerSeed {
  readonly powers: readonly CreatePowerRequest[];
}

/** The categories each seeded province gets: the common ones, then its own, numbered in order. */
export function seededCategories(seed: PowerCategorySeed) {
  return seed.provinces.flatMap(({ province, own }) =>
    [...seed.common, ...own].map((category, index) => ({
      province,
      ...category,
      position: index + 1,
    })),
  );
}

/**
 * What is wrong with the seed powers under the rules an administrator's powers meet (contract,
 * code scheme, flow, discretion, publish rule), one sentence each; empty when all may be published.
 */
export function seedPowerProblems(categories: PowerCategorySeed, seed: PowerSeed): string[] {
  const byKey = new Map(seededCategories(categories).map((c) => [`${c.province}/${c.code}`, c]));
  return seed.powers.flatMap((power) => {
    const checked = validate(CreatePowerRequestSchema, power);
    if (!checked.ok) return [`${power.code}: ${JSON.stringify(checked.issues)}`];
    const category = byKey.get(`${provinceOf(power.division)}/${power.category}`);
    if (category === undefined) return [`${power.code}: 本省没有类别 ${power.category}`];
    const flow = flowProblem(power.flow);
    return [
      powerCodeProblem(power.code, category.code),
      flow === null ? null : describeFlowProblem(flow),
      discretionApplicabilityProblem(category, power.discretionBenchmarks),
      discretionRangeProblem(power.discretionBenchmarks)?.message ?? null,
      legalBasisProblem(category, power.legalBases),
    ].flatMap((problem) => (problem === null ? [] : [`${power.code}: ${problem}`]));
  });
}

/**
 * Seeds the power catalogue of the sample province from deploy/seed/: its categories, then its
 * powers, each published as version 1. What exists is left alone, so a restart (or several
 * instances starting at once) seeds nothing twice. Seeding is the catalogue's initial state and
 * announces no events. A seed breaking the rules stops the start with the reasons.
 */
export async function seedPowerCatalogue(em: EntityManager): Promise<number> {
  const categorySeed = readSeed<PowerCategorySeed>('power-categories.json');
  const powerSeed = readSeed<PowerSeed>('powers.json');
  const problems = seedPowerProblems(categorySeed, powerSeed);
  if (problems.length > 0) throw new Error(`deploy/seed/powers.json: ${problems.join('; ')}`);

  let categories = 0;
  for (const category of seededCategories(categorySeed)) {
    const result = await em.getConnection().execute<{ affectedRows: number }>(
      `insert into catalog.power_category
         (province, code, name, requires_legal_basis, uses_discretion_benchmarks, position)
       values (?, ?, ?, ?, ?, ?) on conflict (province, code) do nothing`,
      [
        category.province,
        category.code,
        category.name,
        category.requiresLegalBasis,
        category.usesDiscretionBenchmarks,
        category.position,
      ],
      'run',
    );
    categories += result.affectedRows;
  }
  let powers = 0;
  for (const power of powerSeed.powers) {
    powers += await em.transactional((tx) => insertPublished(tx, power));
  }
  if (categories + powers > 0) {
    new Logger('PowerCatalogue').log(
      `Seeded the power catalogue: ${categories} categories, ${powers} powers`,
    );
  }
  return categories + powers;
}

async function insertPublished(em: EntityManager, power: CreatePowerRequest): Promise<number> {
  const id = uuidv7();
  const province = provinceOf(power.division);
  const inserted = await em.execute<{ affectedRows: number }>(
    `insert into catalog.power (id, province, code, division, category, status,
       published_version, draft_version, latest_version, updated_at, version)
     values (?, ?, ?, ?, ?, 'active', 1, null, 1, now(), 1)
     on conflict (province, code) do nothing`,
    [id, province, power.code, power.division, power.category],
    'run',
  );
  if (inserted.affectedRows === 0) return 0;
  await em.execute(
    `insert into catalog.power_version (id, power_id, number, province, code, division, category,
       status, name, implementing_organ, legal_bases, flow, supervision, discretion_benchmarks,
       created_at, published_at)
     values (?, ?, 1, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?, ?, now(), now())`,
    [
      uuidv7(),
      id,
      province,
      power.code,
      power.division,
      power.category,
      power.name,
      power.implementingOrgan,
      JSON.stringify(power.legalBases),
      JSON.stringify(power.flow),
      JSON.stringify(power.supervision),
      JSON.stringify(power.discretionBenchmarks),
    ],
    'run',
  );
  return 1;
}
