import {
  approver,
  beijing,
  CaseStory,
  citizen,
  clerk,
  contextOf,
  otherClerk,
  refusal,
  supervisor,
  underReview,
} from '../test/case-builders';
import { CASE_ERROR_CODES, CASE_ERRORS } from './case-domain.error';
import { submitCase } from './submit-case';
import { transition } from './transition';

describe('submission', () => {
  it('starts a case as submitted, recording the submission as its first transition', () => {
    const story = CaseStory.submitted('2025-06-09T09:00');
    expect(story.state).toMatchObject({
      status: 'submitted',
      sequence: 1,
      receivedAt: beijing('2025-06-09T09:00'),
      corrections: [],
      suspensions: [],
    });
    expect(story.state.firstResponder).toBeUndefined();
    expect(story.last).toEqual({
      from: null,
      to: 'submitted',
      action: 'submit',
      actor: citizen,
      at: beijing('2025-06-09T09:00'),
      sequence: 1,
    });
  });

  it.each([
    [{ statutory: 20, promised: 21 }],
    [{ statutory: -1, promised: 0 }],
    [{ statutory: 20, promised: 2.5 }],
    [{ statutory: Number.NaN, promised: 0 }],
  ])('refuses the time limits %j', (limits) => {
    const error = refusal(() => submitCase({ limits }, { actor: citizen, now: new Date() }));
    expect(error.code).toBe('CASE.LIMITS_INVALID');
  });
});

describe('recorded transitions', () => {
  it('records who did what, when, why, and the aggregate sequence', () => {
    const story = underReview().then(
      { action: 'suspend', kind: 'inspection-testing-quarantine', reason: ' 送检样品 ' },
      approver,
      '2025-06-10T15:00',
    );
    expect(story.last).toEqual({
      from: 'under-review',
      to: 'suspended',
      action: 'suspend',
      actor: approver,
      at: beijing('2025-06-10T15:00'),
      reason: '送检样品',
      sequence: 3,
    });
    expect(story.state.sequence).toBe(3);
  });

  it('leaves the previous state untouched', () => {
    const before = underReview();
    const copy = structuredClone(before.state);
    before.then({ action: 'extend', days: 10, reason: '需现场核查' }, approver, '2025-06-10T09:00');
    expect(before.state).toEqual(copy);
  });

  it('refuses an action dated before the case’s last change', () => {
    const error = refusal(() =>
      underReview().then({ action: 'conclude' }, clerk, '2025-06-09T09:59'),
    );
    expect(error.code).toBe('CASE.TIME_REVERSED');
  });

  it.each([
    ['reject', { action: 'reject', reason: '  ' }],
    ['deny', { action: 'decide', outcome: 'denied' }],
  ] as const)('requires a reason to %s', (_, command) => {
    const story = command.action === 'reject' ? CaseStory.submitted() : underReview();
    const error = refusal(() => story.then(command, clerk, '2025-06-10T09:00'));
    expect(error.code).toBe('CASE.REASON_REQUIRED');
  });

  it('approves without a reason', () => {
    const story = underReview().then(
      { action: 'decide', outcome: 'approved' },
      approver,
      '2025-06-12T09:00',
    );
    expect(story.state.decision).toStrictEqual({
      outcome: 'approved',
      at: beijing('2025-06-12T09:00'),
    });
  });
});

describe('first responder (首问负责)', () => {
  it('records the first member of staff who handles the case and keeps them', () => {
    const story = underReview().then(
      { action: 'decide', outcome: 'approved' },
      approver,
      '2025-06-10T09:00',
    );
    expect(story.state.firstResponder).toEqual(clerk);
    expect(story.state.responsible).toEqual(clerk);
  });

  it('makes the clerk who takes an application at the window its first responder', () => {
    const story = CaseStory.submitted('2025-06-09T09:00', { by: otherClerk });
    expect(story.state.firstResponder).toEqual(otherClerk);
  });

  it('moves the responsibility on a handover and keeps the first responder', () => {
    const story = underReview().then(
      { action: 'hand-over', to: otherClerk, reason: '原经办人休假' },
      supervisor,
      '2025-06-10T09:00',
    );
    expect(story.state).toMatchObject({ firstResponder: clerk, responsible: otherClerk });
    expect(story.last).toMatchObject({
      from: 'under-review',
      to: 'under-review',
      reason: '原经办人休假',
    });
  });

  it.each([
    ['to the member of staff already responsible', clerk, 'CASE.HANDOVER_TO_SAME_STAFF'],
    ['to the applicant', citizen, 'CASE.HANDOVER_TARGET_NOT_STAFF'],
    ['to a supervisor', supervisor, 'CASE.HANDOVER_TARGET_NOT_STAFF'],
  ] as const)('refuses a handover %s', (_, to, code) => {
    const error = refusal(() =>
      underReview().then({ action: 'hand-over', to, reason: '转办' }, clerk, '2025-06-10T09:00'),
    );
    expect(error.code).toBe(code);
  });
});

describe('suspension and resumption', () => {
  const suspended = () =>
    underReview().then(
      { action: 'suspend', kind: 'supplementary-material', reason: '请补充提交检测报告' },
      approver,
      '2025-06-10T09:00',
    );

  it('records the kind and the day of a suspension and closes it on resumption', () => {
    const story = suspended().then({ action: 'resume' }, approver, '2025-06-13T16:00');
    expect(story.state.status).toBe('under-review');
    expect(story.state.suspensions).toEqual([
      {
        kind: 'supplementary-material',
        reason: '请补充提交检测报告',
        suspendedAt: beijing('2025-06-10T09:00'),
        suspendedOn: '2025-06-10',
        resumedAt: beijing('2025-06-13T16:00'),
        resumedOn: '2025-06-13',
      },
    ]);
  });

  it('refuses to suspend a suspended case and to resume one that is not suspended', () => {
    const twice = refusal(() =>
      suspended().then(
        { action: 'suspend', kind: 'hearing', reason: '听证' },
        approver,
        '2025-06-11T09:00',
      ),
    );
    expect(twice.code).toBe('CASE.ALREADY_SUSPENDED');
    const notSuspended = refusal(() =>
      underReview().then({ action: 'resume' }, approver, '2025-06-11T09:00'),
    );
    expect(notSuspended.code).toBe('CASE.NOT_SUSPENDED');
  });

  it('lets the applicant withdraw while the case is suspended, but not once it is decided', () => {
    expect(suspended().then({ action: 'withdraw' }, citizen, '2025-06-11T09:00').state.status).toBe(
      'withdrawn',
    );
    const decided = underReview().then(
      { action: 'decide', outcome: 'approved' },
      approver,
      '2025-06-10T09:00',
    );
    expect(
      refusal(() => decided.then({ action: 'withdraw' }, citizen, '2025-06-11T09:00')).code,
    ).toBe('CASE.TRANSITION_NOT_ALLOWED');
  });
});

describe('error codes', () => {
  it('gives every code an actionable Chinese message', () => {
    for (const code of CASE_ERROR_CODES) {
      expect(code).toMatch(/^CASE\.[A-Z_]+$/);
      expect(CASE_ERRORS[code]).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('throws nothing but CaseDomainError for a rule a person broke', () => {
    const error = refusal(() =>
      transition(underReview().state, { action: 'accept' }, contextOf(clerk, '2025-06-10T09:00')),
    );
    expect(error).toMatchObject({ name: 'CaseDomainError', code: 'CASE.TRANSITION_NOT_ALLOWED' });
  });
});
