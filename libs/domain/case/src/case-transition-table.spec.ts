import {
  actor,
  approver,
  CaseStory,
  citizen,
  clerk,
  contextOf,
  otherClerk,
  refusal,
  supervisor,
  system,
  TWO_MISSING,
  underReview,
} from '../test/case-builders';
import type { CaseActor } from './case-actor';
import type { CaseCommand } from './case-command';
import { CASE_STATUSES, type CaseStatus } from './case-status';
import { availableActions, CASE_ACTIONS, type CaseAction } from './case-transitions';
import { transition } from './transition';

const decided = () =>
  underReview().then({ action: 'decide', outcome: 'approved' }, approver, '2025-06-09T11:00');
const concluded = () => decided().then({ action: 'conclude' }, clerk, '2025-06-09T12:00');

/** One case in each state, all made on Monday 9 June 2025. */
const IN_STATE: Record<CaseStatus, () => CaseStory> = {
  submitted: () => CaseStory.submitted(),
  'correction-requested': () => CaseStory.submitted().then(TWO_MISSING, clerk, '2025-06-09T10:00'),
  rejected: () =>
    CaseStory.submitted().then(
      { action: 'reject', reason: '不属于本机关职权范围' },
      clerk,
      '2025-06-09T10:00',
    ),
  'under-review': underReview,
  suspended: () =>
    underReview().then(
      { action: 'suspend', kind: 'expert-review', reason: '需组织专家评审' },
      approver,
      '2025-06-09T11:00',
    ),
  decided,
  concluded,
  delivered: () =>
    concluded().then({ action: 'deliver', method: 'window' }, clerk, '2025-06-09T13:00'),
  withdrawn: () => CaseStory.submitted().then({ action: 'withdraw' }, citizen, '2025-06-09T10:00'),
};

/**
 * The actions of the lifecycle proper; those of joint approval and fees need a joint, charged
 * case and have their own spec (`case-work-rules.spec.ts`).
 */
const WORK_ACTIONS: readonly CaseAction[] = [
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
];
type LifecycleAction = Exclude<
  CaseAction,
  | 'hand-over-to-window'
  | 'open-tasks'
  | 'decide-task'
  | 'request-task-material'
  | 'assess-fee'
  | 'record-payment'
  | 'refund'
  | 'request-verification'
  | 'answer-verification'
  | 'verification-timed-out'
>;
const LIFECYCLE_ACTIONS = CASE_ACTIONS.filter(
  (action): action is LifecycleAction => !WORK_ACTIONS.includes(action),
);

/** A valid command for each action, by someone allowed to take it, on Tuesday 10 June. */
const SAMPLE: Record<LifecycleAction, { command: CaseCommand; by: CaseActor; at?: string }> = {
  accept: { command: { action: 'accept' }, by: clerk },
  reject: { command: { action: 'reject', reason: '申请事项依法不需要取得行政许可' }, by: clerk },
  'request-correction': { command: TWO_MISSING, by: clerk },
  resubmit: { command: { action: 'resubmit' }, by: citizen },
  // Deemed acceptance needs the 5 working days after Mon 9 June to have passed.
  'deem-accepted': { command: { action: 'deem-accepted' }, by: system, at: '2025-06-20T09:00' },
  suspend: {
    command: { action: 'suspend', kind: 'hearing', reason: '依申请举行听证' },
    by: approver,
  },
  resume: { command: { action: 'resume' }, by: approver },
  extend: { command: { action: 'extend', days: 10, reason: '需现场核查' }, by: approver },
  decide: { command: { action: 'decide', outcome: 'approved' }, by: approver },
  conclude: { command: { action: 'conclude' }, by: clerk },
  deliver: { command: { action: 'deliver', method: 'post' }, by: clerk },
  withdraw: { command: { action: 'withdraw', reason: '不再需要' }, by: citizen },
  'hand-over': {
    command: { action: 'hand-over', to: otherClerk, reason: '调岗' },
    by: supervisor,
  },
};

/** The lifecycle of DOMAIN.md §4, written out by hand to check the table against. */
const ALLOWED: Record<CaseStatus, readonly LifecycleAction[]> = {
  submitted: ['accept', 'reject', 'request-correction', 'deem-accepted', 'withdraw', 'hand-over'],
  'correction-requested': ['resubmit', 'withdraw', 'hand-over'],
  rejected: [],
  'under-review': ['suspend', 'extend', 'decide', 'withdraw', 'hand-over'],
  suspended: ['resume', 'extend', 'withdraw', 'hand-over'],
  decided: ['conclude', 'hand-over'],
  concluded: ['deliver', 'hand-over'],
  delivered: [],
  withdrawn: [],
};

const TARGET: Record<LifecycleAction, CaseStatus | 'same'> = {
  accept: 'under-review',
  reject: 'rejected',
  'request-correction': 'correction-requested',
  resubmit: 'submitted',
  'deem-accepted': 'under-review',
  suspend: 'suspended',
  resume: 'under-review',
  extend: 'same',
  decide: 'decided',
  conclude: 'concluded',
  deliver: 'delivered',
  withdraw: 'withdrawn',
  'hand-over': 'same',
};

const pairs = CASE_STATUSES.flatMap((status) =>
  LIFECYCLE_ACTIONS.map((action) => [status, action] as const),
);
const allowed = pairs.filter(([status, action]) => ALLOWED[status].includes(action));
const refused = pairs.filter(([status, action]) => !ALLOWED[status].includes(action));

function attempt(status: CaseStatus, action: LifecycleAction) {
  const { command, by, at = '2025-06-10T09:00' } = SAMPLE[action];
  return () => transition(IN_STATE[status]().state, command, contextOf(by, at));
}

describe('the transition table', () => {
  it.each(allowed)('allows a case that is %s to %s', (status, action) => {
    const { state, transition: recorded } = attempt(status, action)();
    const expected = TARGET[action] === 'same' ? status : TARGET[action];
    expect(state.status).toBe(expected);
    expect(recorded).toMatchObject({ from: status, to: expected, action });
  });

  it.each(refused)('refuses to let a case that is %s %s', (status, action) => {
    const error = refusal(attempt(status, action));
    const expected =
      action === 'resume'
        ? 'CASE.NOT_SUSPENDED'
        : action === 'suspend' && status === 'suspended'
          ? 'CASE.ALREADY_SUSPENDED'
          : 'CASE.TRANSITION_NOT_ALLOWED';
    expect(error.code).toBe(expected);
    expect(error.details).toMatchObject({ status, action });
  });

  it('names the state and the action in Chinese when it refuses', () => {
    expect(refusal(attempt('delivered', 'withdraw')).message).toBe(
      '办件当前状态为“已送达”，不能“撤回申请”；该操作仅适用于：已申请（待受理）、待补正、已受理（审查中）、中止（特别程序）',
    );
  });

  it('offers each role only the actions its kind may take', () => {
    expect(availableActions('submitted', 'clerk')).toEqual([
      'accept',
      'reject',
      'request-correction',
      'withdraw',
      'hand-over',
      'hand-over-to-window',
      'request-verification',
    ]);
    expect(availableActions('submitted', 'citizen')).toEqual(['withdraw']);
    expect(availableActions('submitted', 'system')).toEqual([
      'deem-accepted',
      'answer-verification',
      'verification-timed-out',
    ]);
    expect(availableActions('under-review', 'supervisor')).toEqual([
      'hand-over',
      'hand-over-to-window',
    ]);
    // After delivery only a refund remains (an overpaid or a withdrawn fee).
    expect(availableActions('delivered', 'center_admin')).toEqual(['refund']);
  });
});

describe('who may act', () => {
  it.each([
    ['accept', 'citizen', 'submitted'],
    ['accept', 'supervisor', 'submitted'],
    ['accept', 'system', 'submitted'],
    ['deem-accepted', 'clerk', 'submitted'],
    ['decide', 'citizen', 'under-review'],
    ['decide', 'system', 'under-review'],
    ['extend', 'supervisor', 'under-review'],
    ['resubmit', 'supervisor', 'correction-requested'],
    ['withdraw', 'system', 'under-review'],
    ['hand-over', 'agent', 'under-review'],
  ] as const)('refuses to let the action %s be taken by a %s', (action, role, status) => {
    const { command, at = '2025-06-10T09:00' } = SAMPLE[action];
    const by = actor(role);
    const error = refusal(() => transition(IN_STATE[status]().state, command, contextOf(by, at)));
    expect(error.code).toBe('CASE.ACTOR_NOT_ALLOWED');
    expect(error.details).toEqual({ role, action });
  });

  it('lets the applicant’s agent or a clerk resubmit corrected materials', () => {
    const waiting = IN_STATE['correction-requested']();
    for (const by of [citizen, clerk, actor('agent')]) {
      const { state } = transition(
        waiting.state,
        { action: 'resubmit' },
        contextOf(by, '2025-06-10T09:00'),
      );
      expect(state.status).toBe('submitted');
    }
  });
});
