import { GovError, type GetPowerRequest } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { PowerVersion } from '../power-version.entity';
import { provinceOf } from '../rules/power-rules';

/**
 * The published version of the power with this code, in the given province or, without one, in
 * whichever province has the code; a code several provinces use must name its province.
 */
export async function findPublishedPower(
  em: EntityManager,
  request: GetPowerRequest,
): Promise<PowerVersion> {
  const { code, province } = request;
  const found = await em.find(
    PowerVersion,
    {
      code,
      status: 'published',
      ...(province === undefined ? {} : { province: provinceOf(province) }),
    },
    { orderBy: { province: 'asc' }, limit: 2 },
  );
  const [version] = found;
  if (version === undefined) throw new GovError('CATALOG.POWER_NOT_FOUND', undefined, { code });
  if (found.length > 1) {
    throw new GovError('CATALOG.POWER_CODE_AMBIGUOUS', undefined, {
      code,
      provinces: found.map((candidate) => candidate.province),
    });
  }
  return version;
}
