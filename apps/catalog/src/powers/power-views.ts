import { type Power as PowerReply, type PowerSummary } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../departments/department.entity';
import { PowerCategory } from './power-category.entity';
import { type PowerVersion } from './power-version.entity';

/** Versions as the API shows them, with their category's and implementing organ's names. */
export async function powerViews(
  em: EntityManager,
  versions: readonly PowerVersion[],
): Promise<PowerReply[]> {
  const names = await namesOf(em, versions);
  return versions.map((version) => ({
    code: version.code,
    province: version.province,
    version: version.number,
    status: version.status,
    ...version.content,
    category: names.category(version),
    division: version.division,
    implementingOrgan: names.organ(version),
    createdAt: version.createdAt.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
    endedAt: version.endedAt?.toISOString() ?? null,
    abolishReason: version.abolishReason,
  }));
}

export async function powerView(em: EntityManager, version: PowerVersion): Promise<PowerReply> {
  const [view] = await powerViews(em, [version]);
  return view as PowerReply;
}

/** Published versions as list items. */
export async function powerSummaries(
  em: EntityManager,
  versions: readonly PowerVersion[],
): Promise<PowerSummary[]> {
  const names = await namesOf(em, versions);
  return versions.map((version) => ({
    code: version.code,
    province: version.province,
    version: version.number,
    name: version.name,
    category: names.category(version),
    division: version.division,
    implementingOrgan: names.organ(version),
    publishedAt: (version.publishedAt ?? version.createdAt).toISOString(),
  }));
}

async function namesOf(em: EntityManager, versions: readonly PowerVersion[]) {
  const provinces = [...new Set(versions.map((version) => version.province))];
  const creditCodes = [...new Set(versions.map((version) => version.implementingOrgan))];
  // One after the other: inside a transaction both share one connection.
  const categories =
    provinces.length === 0 ? [] : await em.find(PowerCategory, { province: { $in: provinces } });
  const departments =
    creditCodes.length === 0 ? [] : await em.find(Department, { creditCode: { $in: creditCodes } });
  const categoryNames = new Map(categories.map((c) => [`${c.province}/${c.code}`, c.name]));
  const organNames = new Map(departments.map((d) => [d.creditCode, d.name]));
  return {
    category: (version: PowerVersion) => ({
      code: version.category,
      name: categoryNames.get(`${version.province}/${version.category}`) ?? version.category,
    }),
    organ: (version: PowerVersion) => ({
      creditCode: version.implementingOrgan,
      name: organNames.get(version.implementingOrgan) ?? version.implementingOrgan,
    }),
  };
}
