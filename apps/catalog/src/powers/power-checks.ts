import { type Principal, Scope } from '@gov/auth';
import { GovError, type PowerContent } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../departments/department.entity';
import { PowerCategory } from './power-category.entity';
import { type PowerIdentity, PowerVersion } from './power-version.entity';
import { describeFlowProblem, flowProblem } from './rules/power-flow';
import {
  discretionApplicabilityProblem,
  discretionRangeProblem,
  provinceOf,
} from './rules/power-rules';
import { Power } from './power.entity';

/** The category of a power in its province's list; CATALOG.POWER_CATEGORY_UNKNOWN when absent. */
export async function categoryOf(
  em: EntityManager,
  identity: PowerIdentity,
): Promise<PowerCategory> {
  const category = await em.findOne(PowerCategory, {
    province: identity.province,
    code: identity.category,
  });
  if (!category) {
    throw new GovError('CATALOG.POWER_CATEGORY_UNKNOWN', undefined, {
      province: identity.province,
      category: identity.category,
    });
  }
  return category;
}

/**
 * Checks what an administrator wrote into a draft: the implementing organ is a department of the
 * catalogue inside the caller's subtree (one outside is answered as unknown, so its existence does
 * not leak) and of the power's own division; the flow is one chart; discretion benchmarks are
 * given only where the category takes them, each range running from its lower to its upper bound.
 */
export async function checkPowerContent(
  em: EntityManager,
  caller: Principal,
  identity: PowerIdentity,
  category: PowerCategory,
  content: PowerContent,
): Promise<void> {
  const organ = await em.findOne(Department, { creditCode: content.implementingOrgan });
  if (!organ || !Scope.of(caller).includes(organ.division)) {
    throw new GovError('CATALOG.POWER_ORGAN_UNKNOWN', undefined, {
      implementingOrgan: content.implementingOrgan,
    });
  }
  if (organ.division !== identity.division) {
    throw new GovError('CATALOG.POWER_ORGAN_DIVISION_MISMATCH', undefined, {
      implementingOrgan: content.implementingOrgan,
      organDivision: organ.division,
      division: identity.division,
    });
  }
  const flow = flowProblem(content.flow);
  if (flow !== null) {
    throw new GovError('CATALOG.POWER_FLOW_INVALID', describeFlowProblem(flow), { ...flow });
  }
  const applicability = discretionApplicabilityProblem(category, content.discretionBenchmarks);
  if (applicability !== null) {
    throw new GovError('CATALOG.POWER_DISCRETION_NOT_APPLICABLE', applicability, {
      category: category.code,
    });
  }
  const range = discretionRangeProblem(content.discretionBenchmarks);
  if (range !== null) {
    throw new GovError('CATALOG.POWER_DISCRETION_RANGE_INVALID', range.message, {
      benchmark: range.benchmark,
      sanction: range.sanction,
    });
  }
}

/**
 * The power with this code in the caller's province, if it lies in the caller's subtree; one
 * outside it is answered exactly as one that does not exist.
 */
export async function powerInScope(
  em: EntityManager,
  caller: Principal,
  code: string,
): Promise<Power> {
  const scope = Scope.of(caller);
  const power =
    scope.division === null
      ? null
      : await em.findOne(Power, { province: provinceOf(scope.division), code });
  if (!power || !scope.includes(power.division)) {
    throw new GovError('CATALOG.POWER_NOT_FOUND', undefined, { code });
  }
  return power;
}

/** Version `number` of a power, or null. */
export function versionOf(
  em: EntityManager,
  power: Power,
  number: number | null,
): Promise<PowerVersion | null> {
  if (number === null) return Promise.resolve(null);
  return em.findOne(PowerVersion, { powerId: power.id, number });
}
