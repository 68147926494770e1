import { canonicalJson, type ErrorCode, type ServiceGuide } from '@gov/contracts';

/** One reason a guide cannot be published, with the field it concerns. */
export interface GuideViolation {
  readonly path: string;
  readonly message: string;
}

/** The first rule a guide breaks, as the error to answer with, or null when it may be published. */
export interface GuideRefusal {
  readonly code: ErrorCode;
  readonly violations: readonly GuideViolation[];
}

/**
 * Categories whose items may not be published without a legal basis (2011 opinion §6;
 * 行政许可法). The province's category list (power catalogue) can name more.
 */
export const CATEGORIES_REQUIRING_BASIS: ReadonlySet<string> = new Set([
  '行政许可',
  '非行政许可审批',
]);

/** The rules every guide must meet before publication, in the order a person would fix them. */
export function checkGuide(
  guide: ServiceGuide,
  categoriesRequiringBasis: ReadonlySet<string> = CATEGORIES_REQUIRING_BASIS,
): GuideRefusal | null {
  if (guide.promisedLimitDays > guide.statutoryLimitDays) {
    return refusal('CATALOG.ITEM_PROMISED_OVER_STATUTORY', 'promisedLimitDays', [
      `承诺时限 ${guide.promisedLimitDays} 个工作日超过法定时限 ${guide.statutoryLimitDays} 个工作日`,
    ]);
  }
  if (categoriesRequiringBasis.has(guide.category) && guide.legalBases.length === 0) {
    return refusal('CATALOG.ITEM_BASIS_REQUIRED', 'legalBases', [
      `“${guide.category}”事项至少需要一条法律依据`,
    ]);
  }
  const inconsistencies: GuideViolation[] = [
    ...duplicates(guide.materials.map((material) => material.key)).map((key) => ({
      path: `materials[${key}]`,
      message: `材料标识 ${key} 重复`,
    })),
    ...(guide.departments.involved.includes(guide.departments.lead)
      ? [{ path: 'departments.involved', message: '协办部门不应包含牵头部门' }]
      : []),
    ...(guide.online.depth !== 'none' && guide.online.url === undefined
      ? [{ path: 'online.url', message: '可网上办理的事项须提供网上办理地址' }]
      : []),
  ];
  return inconsistencies.length > 0
    ? { code: 'CATALOG.ITEM_GUIDE_INCONSISTENT', violations: inconsistencies }
    : null;
}

/**
 * What an implementation (实施清单) may change of its base item (基本目录): it may shorten the
 * promised limit, drop materials and reduce or waive fees, and fill in its own organ, place, hours,
 * phones, online address and steps; it may never change the legal basis, the statutory limit, the
 * conditions, the result or the category, nor add or alter a material.
 */
export function checkImplementation(
  implementation: ServiceGuide,
  base: ServiceGuide,
): GuideRefusal | null {
  const violations: GuideViolation[] = [];
  const unchanged = (path: keyof ServiceGuide, label: string) => {
    if (!sameValue(implementation[path], base[path])) {
      violations.push({ path, message: `${label}须与基本目录一致` });
    }
  };
  unchanged('name', '事项名称');
  unchanged('category', '事项类型');
  unchanged('legalBases', '设定和实施依据');
  unchanged('statutoryLimitDays', '法定时限');
  unchanged('result', '办理结果');
  if (implementation.promisedLimitDays > base.promisedLimitDays) {
    violations.push({
      path: 'promisedLimitDays',
      message: `承诺时限不得长于基本目录的 ${base.promisedLimitDays} 个工作日`,
    });
  }
  for (const condition of implementation.conditions) {
    if (!base.conditions.includes(condition)) {
      violations.push({ path: 'conditions', message: `不得增加受理条件：${condition}` });
    }
  }
  const baseMaterials = new Map(base.materials.map((material) => [material.key, material]));
  for (const material of implementation.materials) {
    const original = baseMaterials.get(material.key);
    if (!original) {
      violations.push({
        path: `materials[${material.key}]`,
        message: `不得增加材料：${material.name}`,
      });
    } else if (!sameValue(material, original)) {
      violations.push({
        path: `materials[${material.key}]`,
        message: `材料“${material.name}”须与基本目录一致（只可删减，不可修改）`,
      });
    }
  }
  violations.push(...feeViolations(implementation.fee, base.fee));
  return violations.length > 0 ? { code: 'CATALOG.ITEM_IMPLEMENTATION_WIDENS', violations } : null;
}

function feeViolations(fee: ServiceGuide['fee'], base: ServiceGuide['fee']): GuideViolation[] {
  if (fee.free) return [];
  if (base.free) return [{ path: 'fee', message: '基本目录不收费，实施清单不得收费' }];
  const baseAmounts = new Map(base.items.map((item) => [item.name, item.amountFen]));
  return fee.items.flatMap((item) => {
    const ceiling = baseAmounts.get(item.name);
    if (ceiling === undefined) {
      return [{ path: `fee.items[${item.name}]`, message: `不得增加收费项目：${item.name}` }];
    }
    return item.amountFen > ceiling
      ? [{ path: `fee.items[${item.name}]`, message: `收费不得高于基本目录的 ${ceiling} 分` }]
      : [];
  });
}

function refusal(code: ErrorCode, path: string, messages: string[]): GuideRefusal {
  return { code, violations: messages.map((message) => ({ path, message })) };
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

/** Equal as JSON, whatever the objects' prototypes (guides come from JSON and from the database). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
