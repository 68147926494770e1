import {
  approver,
  beijing,
  CaseStory,
  clerk,
  citizen,
  refusal,
  underReview,
} from '../test/case-builders';
import type { CaseActor } from './case-actor';
import type { CasePlan } from './case-state';
import { netPaidFen, paymentStatus } from './fees';
import { legalClockOf } from './case-clock';
import { calendar } from '../test/case-builders';

const MARKET = '11330102002528004D';
const FIRE = '11330102002528005B';
const HEALTH = '11330102002528006X';

const JOINT: CasePlan = {
  departments: { lead: MARKET, involved: [FIRE, HEALTH] },
  fee: {
    free: false,
    basis: '浙价费〔2026〕1号',
    items: [{ name: '证书工本费', amountFen: 1000 }],
  },
};
const FREE_SINGLE: CasePlan = {
  departments: { lead: MARKET, involved: [] },
  fee: { free: true },
};

const of = (department: string, username: string): CaseActor => ({
  ...approver,
  username,
  id: username,
  department,
});
const market = of(MARKET, 'market.approver');
const fire = of(FIRE, 'fire.approver');
const health = of(HEALTH, 'health.approver');

/** A joint case accepted Mon 9 June 2025 with its tasks open and its fee assessed. */
const jointCase = () =>
  underReview({ plan: JOINT })
    .then({ action: 'open-tasks' }, clerk, '2025-06-09T10:00')
    .then({ action: 'assess-fee' }, clerk, '2025-06-09T10:00');

describe('joint approval (并联审批)', () => {
  it('opens one task per department, lead first', () => {
    expect(jointCase().state.tasks?.map((task) => [task.department, task.lead])).toEqual([
      [MARKET, true],
      [FIRE, false],
      [HEALTH, false],
    ]);
  });

  it('decides the case with the last task, and denies it with every denial reason', () => {
    const approved = jointCase()
      .then(
        { action: 'decide-task', department: MARKET, outcome: 'approved' },
        market,
        '2025-06-10T09:00',
      )
      .then(
        { action: 'decide-task', department: FIRE, outcome: 'approved' },
        fire,
        '2025-06-10T10:00',
      );
    expect(approved.state.status).toBe('under-review');
    const decided = approved.then(
      { action: 'decide-task', department: HEALTH, outcome: 'approved' },
      health,
      '2025-06-10T11:00',
    );
    expect(decided.state).toMatchObject({ status: 'decided', decision: { outcome: 'approved' } });

    const denied = jointCase()
      .then(
        { action: 'decide-task', department: FIRE, outcome: 'denied', reason: '消防通道不达标' },
        fire,
        '2025-06-10T09:00',
      )
      .then(
        { action: 'decide-task', department: MARKET, outcome: 'approved' },
        market,
        '2025-06-10T10:00',
      )
      .then(
        { action: 'decide-task', department: HEALTH, outcome: 'denied', reason: '卫生条件不符' },
        health,
        '2025-06-10T11:00',
      );
    expect(denied.state.decision).toMatchObject({
      outcome: 'denied',
      reason: '消防通道不达标；卫生条件不符',
    });
  });

  it('refuses another department’s task, a second decision, and a case-level decision', () => {
    const story = jointCase();
    expect(
      refusal(() =>
        story.then(
          { action: 'decide-task', department: FIRE, outcome: 'approved' },
          market,
          '2025-06-10T09:00',
        ),
      ).code,
    ).toBe('CASE.TASK_OTHER_DEPARTMENT');
    const once = story.then(
      { action: 'decide-task', department: FIRE, outcome: 'approved' },
      fire,
      '2025-06-10T09:00',
    );
    expect(
      refusal(() =>
        once.then(
          { action: 'decide-task', department: FIRE, outcome: 'denied', reason: '改判' },
          fire,
          '2025-06-10T10:00',
        ),
      ).code,
    ).toBe('CASE.TASK_ALREADY_DECIDED');
    expect(
      refusal(() =>
        story.then({ action: 'decide', outcome: 'approved' }, approver, '2025-06-10T09:00'),
      ).code,
    ).toBe('CASE.JOINT_DECISION_BY_TASKS');
  });

  it('stops the clock while a department waits for supplementary material, and restarts it on resumption', () => {
    const asked = jointCase().then(
      { action: 'request-task-material', department: FIRE, reason: '补充消防设施检测报告' },
      fire,
      '2025-06-10T09:00',
    );
    expect(asked.state.status).toBe('suspended');
    expect(asked.state.suspensions.at(-1)).toMatchObject({ kind: 'supplementary-material' });
    expect(legalClockOf(asked.state, calendar, beijing('2025-06-16T09:00')).phase).toBe(
      'suspended',
    );
    const resumed = asked.then({ action: 'resume' }, clerk, '2025-06-16T09:00');
    expect(resumed.state.status).toBe('under-review');
    expect(resumed.state.tasks?.find((task) => task.department === FIRE)?.status).toBe('open');
  });

  it('does not open tasks for an item of one department', () => {
    expect(
      refusal(() =>
        underReview({ plan: FREE_SINGLE }).then(
          { action: 'open-tasks' },
          clerk,
          '2025-06-09T10:00',
        ),
      ).code,
    ).toBe('CASE.TRANSITION_NOT_ALLOWED');
  });
});

describe('fees at one window (一个窗口收费)', () => {
  const payment = (reference: string, amountFen: number) => ({
    action: 'record-payment' as const,
    payment: {
      reference,
      channel: 'mobile' as const,
      amountFen,
      window: 'W01',
      by: clerk.id,
      at: beijing('2025-06-10T09:00'),
    },
  });

  it('blocks delivery until the fee is paid, then delivers', () => {
    const concluded = jointCase()
      .then(
        { action: 'decide-task', department: MARKET, outcome: 'approved' },
        market,
        '2025-06-10T09:00',
      )
      .then(
        { action: 'decide-task', department: FIRE, outcome: 'approved' },
        fire,
        '2025-06-10T09:10',
      )
      .then(
        { action: 'decide-task', department: HEALTH, outcome: 'approved' },
        health,
        '2025-06-10T09:20',
      )
      .then({ action: 'conclude' }, clerk, '2025-06-10T10:00');
    expect(
      refusal(() =>
        concluded.then({ action: 'deliver', method: 'window' }, clerk, '2025-06-10T11:00'),
      ).code,
    ).toBe('CASE.FEE_UNPAID');
    const paid = concluded.then(payment('P-1', 1000), clerk, '2025-06-10T11:00');
    expect(
      paymentStatus(
        paid.state.fee ?? { required: false, items: [], dueFen: 0, payments: [], refunds: [] },
      ),
    ).toBe('paid');
    expect(
      paid.then({ action: 'deliver', method: 'window' }, clerk, '2025-06-10T11:30').state.status,
    ).toBe('delivered');
  });

  it('refuses paying a free item, paying more than due and refunding more than paid', () => {
    const free = underReview({ plan: FREE_SINGLE }).then(
      { action: 'assess-fee' },
      clerk,
      '2025-06-09T10:00',
    );
    expect(refusal(() => free.then(payment('P-2', 100), clerk, '2025-06-10T09:00')).code).toBe(
      'CASE.FEE_NOT_REQUIRED',
    );
    const charged = jointCase();
    expect(refusal(() => charged.then(payment('P-3', 1500), clerk, '2025-06-10T09:00')).code).toBe(
      'CASE.PAYMENT_EXCEEDS_DUE',
    );
    const part = charged.then(payment('P-4', 600), clerk, '2025-06-10T09:00');
    const refund = (amountFen: number) => ({
      action: 'refund' as const,
      refund: {
        reference: `R-${amountFen}`,
        amountFen,
        reason: '申请人撤回',
        window: 'W01',
        by: clerk.id,
        at: beijing('2025-06-10T10:00'),
      },
    });
    expect(refusal(() => part.then(refund(700), clerk, '2025-06-10T10:00')).code).toBe(
      'CASE.REFUND_EXCEEDS_PAID',
    );
    const withdrawn = part.then({ action: 'withdraw' }, citizen, '2025-06-10T10:00');
    expect(netPaidFen(withdrawn.then(refund(600), clerk, '2025-06-10T11:00').state.fee!)).toBe(0);
  });
});

// A plain story keeps working without a plan: nothing of Cases 2 is required.
it('leaves a case of an item without a plan owing nothing', () => {
  const story = CaseStory.submitted().then({ action: 'accept' }, clerk, '2025-06-09T10:00');
  expect(story.state.fee).toBeUndefined();
});
