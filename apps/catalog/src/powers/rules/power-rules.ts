import { type DiscretionBenchmark, type LegalBasis } from '@gov/contracts';

/** What the rules need to know about a power's category (configured per province, as data). */
export interface CategoryRules {
  readonly code: string;
  readonly name: string;
  readonly requiresLegalBasis: boolean;
  readonly usesDiscretionBenchmarks: boolean;
}

/** The province (12 digits) a division of 6 or 12 digits belongs to. */
export function provinceOf(division: string): string {
  return division.slice(0, 2).padEnd(12, '0');
}

/**
 * Why a power code does not fit the default scheme (2-letter category code + 5-digit main item
 * + 3-digit sub-item, DB52/T 1264 style) for its category, or null when it does.
 */
export function powerCodeProblem(code: string, categoryCode: string): string | null {
  if (!/^[A-Z]{2}[0-9]{8}$/.test(code)) {
    return `权力事项编码「${code}」应为类别代码 2 位 + 主项 5 位数字 + 子项 3 位数字，如 ${categoryCode}00101000`;
  }
  if (code.slice(0, 2) !== categoryCode) {
    return `权力事项编码「${code}」的前两位应为所选类别的代码 ${categoryCode}，如 ${categoryCode}${code.slice(2)}`;
  }
  return null;
}

/**
 * The publish rule (DOMAIN.md §3, 行政许可法): a power of a category that requires a legal basis
 * (行政许可, 非行政许可审批) is not published without at least one. Null when it may be published.
 */
export function legalBasisProblem(
  category: CategoryRules,
  legalBases: readonly LegalBasis[],
): string | null {
  if (!category.requiresLegalBasis || legalBases.length > 0) return null;
  return `「${category.name}」类权力事项须至少有一项法律依据方可发布（无法定依据不得设定和实施）：请在草稿中补充法律依据（法律名称、条款、条文）后再发布`;
}

/** Why a category takes no discretion benchmarks while some are given, or null. */
export function discretionApplicabilityProblem(
  category: CategoryRules,
  benchmarks: readonly DiscretionBenchmark[],
): string | null {
  if (category.usesDiscretionBenchmarks || benchmarks.length === 0) return null;
  return `「${category.name}」类权力事项不适用裁量基准：请删除裁量基准，或选择适用裁量基准的类别（如 行政处罚、行政强制）`;
}

/** The first sanction whose range runs backwards (min above max), as a sentence, or null. */
export function discretionRangeProblem(benchmarks: readonly DiscretionBenchmark[]): {
  readonly message: string;
  readonly benchmark: number;
  readonly sanction: number;
} | null {
  for (const [benchmark, { violation, grade, sanctions }] of benchmarks.entries()) {
    for (const [sanction, { kind, range }] of sanctions.entries()) {
      if (range !== undefined && range.min > range.max) {
        return {
          benchmark,
          sanction,
          message: `裁量基准有误：「${violation}」${grade}情形的${kind}幅度下限 ${describe(range.min, range.unit)} 大于上限 ${describe(range.max, range.unit)}，请改正`,
        };
      }
    }
  }
  return null;
}

function describe(value: number, unit: 'fen' | 'times' | 'days'): string {
  switch (unit) {
    case 'fen':
      return `${(value / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
    case 'times':
      return `${value} 倍`;
    case 'days':
      return `${value} 日`;
  }
}
