import { CASE_ACTOR_KINDS, type CaseActorKind, type CaseActorRole } from './case-actor';
import { CASE_STATUSES, type CaseStatus } from './case-status';

/** Everything that can happen to a case after it was submitted. */
export const CASE_ACTIONS = [
  'accept',
  'reject',
  'request-correction',
  'resubmit',
  'deem-accepted',
  'suspend',
  'resume',
  'extend',
  'decide',
  'conclude',
  'deliver',
  'withdraw',
  'hand-over',
  'hand-over-to-window',
  'open-tasks',
  'decide-task',
  'request-task-material',
  'assess-fee',
  'record-payment',
  'refund',
  'request-verification',
  'answer-verification',
  'verification-timed-out',
] as const;

/** An action of the transition table. */
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** An action as recorded on a transition: the table's, or the submission that created the case. */
export type RecordedCaseAction = CaseAction | 'submit';

/** What each action is called in Chinese, for the timeline and error messages. */
export const CASE_ACTION_LABELS: Readonly<Record<RecordedCaseAction, string>> = {
  submit: '提交申请',
  accept: '受理',
  reject: '不予受理',
  'request-correction': '一次性告知补正',
  resubmit: '补正后重新提交',
  'deem-accepted': '逾期视为受理',
  suspend: '中止（进入特别程序）',
  resume: '恢复审查',
  extend: '延长办理期限',
  decide: '作出决定',
  conclude: '办结',
  deliver: '送达',
  withdraw: '撤回申请',
  'hand-over': '转办',
  'hand-over-to-window': '转办至窗口',
  'open-tasks': '开启并联审批任务',
  'decide-task': '部门审批',
  'request-task-material': '部门要求补充材料',
  'assess-fee': '核定收费',
  'record-payment': '登记缴费',
  refund: '退费',
  'request-verification': '发起联网核查',
  'answer-verification': '登记核查结果',
  'verification-timed-out': '联网核查超时',
};

/** One row of the transition table. */
export interface CaseTransitionRule {
  /** The states the action may be taken in. */
  readonly from: readonly CaseStatus[];
  /** The state afterwards; `same` for an attribute change (extension, handover) that is an event, not a state. */
  readonly to: CaseStatus | 'same';
  /** Who may take it (which member of staff in particular is the service's check). */
  readonly by: readonly CaseActorKind[];
}

const ACTIVE: readonly CaseStatus[] = [
  'submitted',
  'correction-requested',
  'under-review',
  'suspended',
  'decided',
  'concluded',
];

/** From acceptance until delivery a fee can be paid at the window. */
const PAYABLE: readonly CaseStatus[] = ['under-review', 'suspended', 'decided', 'concluded'];

/**
 * The lifecycle as data (DOMAIN.md §4). Acceptance leads straight to review; withdrawal is possible
 * until a decision; extension and handover keep the state. `transition` refuses anything else.
 */
export const CASE_TRANSITIONS: Readonly<Record<CaseAction, CaseTransitionRule>> = {
  accept: { from: ['submitted'], to: 'under-review', by: ['staff'] },
  reject: { from: ['submitted'], to: 'rejected', by: ['staff'] },
  'request-correction': { from: ['submitted'], to: 'correction-requested', by: ['staff'] },
  resubmit: { from: ['correction-requested'], to: 'submitted', by: ['applicant', 'staff'] },
  'deem-accepted': { from: ['submitted'], to: 'under-review', by: ['system'] },
  suspend: { from: ['under-review'], to: 'suspended', by: ['staff'] },
  resume: { from: ['suspended'], to: 'under-review', by: ['staff'] },
  extend: { from: ['under-review', 'suspended'], to: 'same', by: ['staff'] },
  decide: { from: ['under-review'], to: 'decided', by: ['staff'] },
  conclude: { from: ['decided'], to: 'concluded', by: ['staff'] },
  deliver: { from: ['concluded'], to: 'delivered', by: ['staff'] },
  withdraw: {
    from: ['submitted', 'correction-requested', 'under-review', 'suspended'],
    to: 'withdrawn',
    by: ['applicant', 'staff'],
  },
  'hand-over': { from: ACTIVE, to: 'same', by: ['staff', 'oversight'] },
  'hand-over-to-window': { from: ACTIVE, to: 'same', by: ['staff', 'oversight'] },
  // Joint approval: the case is decided when the last task is, suspended while a department
  // waits for supplementary material (the rules set the state; `same` lets them).
  'open-tasks': { from: ['under-review'], to: 'same', by: ['staff', 'system'] },
  'decide-task': { from: ['under-review'], to: 'same', by: ['staff'] },
  'request-task-material': { from: ['under-review', 'suspended'], to: 'suspended', by: ['staff'] },
  'assess-fee': { from: ['under-review'], to: 'same', by: ['staff', 'system'] },
  'record-payment': { from: PAYABLE, to: 'same', by: ['staff'] },
  refund: {
    from: [...PAYABLE, 'delivered', 'withdrawn', 'rejected'],
    to: 'same',
    by: ['staff'],
  },
  // Online verification: asked during acceptance or review; the answer may come back later, in
  // whatever state the case is by then, and is recorded by the system.
  'request-verification': {
    from: ['submitted', 'under-review', 'suspended'],
    to: 'same',
    by: ['staff'],
  },
  'answer-verification': { from: CASE_STATUSES, to: 'same', by: ['system'] },
  'verification-timed-out': { from: CASE_STATUSES, to: 'same', by: ['system'] },
};

/** The actions a person in `role` may take on a case in `status` (e.g. which buttons to show). */
export function availableActions(status: CaseStatus, role: CaseActorRole): CaseAction[] {
  const kind = CASE_ACTOR_KINDS[role];
  return CASE_ACTIONS.filter((action) => {
    const rule = CASE_TRANSITIONS[action];
    return rule.from.includes(status) && rule.by.includes(kind);
  });
}
