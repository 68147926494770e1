import { CASE_STATUS_VALUES } from '@gov/contracts';

/**
 * The fixed legal states of a case (DOMAIN.md §4), the same for every item. There is no separate
 * resting "accepted" state: acceptance (受理, or deemed acceptance) puts the case under review at
 * once — the clock runs from acceptance either way, and a waiting-for-review state would add a
 * step with no legal meaning (joint approval's per-department tasks track who is reviewing).
 * The list is the wire's (`CASE_STATUS_VALUES` in the contracts), so the two never differ.
 */
export const CASE_STATUSES = CASE_STATUS_VALUES;

/** A state of the case lifecycle. */
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What each state is called in Chinese, for notices, the portal and the public lookup. */
export const CASE_STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  submitted: '已申请（待受理）',
  'correction-requested': '待补正',
  rejected: '不予受理',
  'under-review': '已受理（审查中）',
  suspended: '中止（特别程序）',
  decided: '已作出决定',
  concluded: '已办结',
  delivered: '已送达',
  withdrawn: '已撤回',
};

/** States no action leaves: the case is over. */
export const FINAL_CASE_STATUSES: readonly CaseStatus[] = ['rejected', 'delivered', 'withdrawn'];

/** States in which the legal clock runs or is stopped for a while (accepted, not yet decided). */
export const PENDING_DECISION_STATUSES: readonly CaseStatus[] = ['under-review', 'suspended'];
