import { CaseDomainError } from './case-domain.error';
import type { CorrectionItem, CorrectionNotice } from './case-state';

/**
 * Checks a correction notice against the one-time notice rule (一次性告知, 行政许可法 Art. 32) and
 * returns its items trimmed. The first notice must name every missing or defective material at
 * once. A later notice (after the applicant resubmitted) is allowed, because a corrected material
 * may still be defective, but it may only name materials of the first notice: naming any other
 * is refused with `CASE.CORRECTION_NEW_MATERIAL` — the organ should have said so the first time.
 */
export function checkCorrectionNotice(
  items: readonly CorrectionItem[],
  previous: readonly CorrectionNotice[],
): CorrectionItem[] {
  const trimmed = items.map((item) => ({
    material: item.material.trim(),
    problem: item.problem.trim(),
  }));
  if (trimmed.length === 0) {
    throw new CaseDomainError('CASE.CORRECTION_EMPTY');
  }
  const blank = trimmed.find((item) => item.material === '' || item.problem === '');
  if (blank) {
    throw new CaseDomainError(
      'CASE.CORRECTION_EMPTY',
      '补正告知书的每一项都须写明材料名称和需要补正的问题',
      { item: blank },
    );
  }
  const seen = new Set<string>();
  for (const { material } of trimmed) {
    if (seen.has(material)) {
      throw new CaseDomainError(
        'CASE.CORRECTION_DUPLICATE_MATERIAL',
        `补正告知书中“${material}”出现了不止一次，请将该材料的全部问题合并写在一处`,
        { material },
      );
    }
    seen.add(material);
  }
  const first = previous[0];
  if (first) {
    const allowed = new Set(first.items.map((item) => item.material));
    const added = trimmed.map((item) => item.material).filter((name) => !allowed.has(name));
    if (added.length > 0) {
      throw new CaseDomainError(
        'CASE.CORRECTION_NEW_MATERIAL',
        `依照一次性告知制度，不能在补正后新增告知首次补正告知书未列出的材料：${added.join('、')}。` +
          '如申请仍不符合要求，请作出不予受理决定或予以受理',
        { materials: added, firstNotice: [...allowed] },
      );
    }
  }
  return trimmed;
}
