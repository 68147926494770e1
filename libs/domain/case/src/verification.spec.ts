import { beijing, clerk, refusal } from '../test/case-builders';
import {
  answerVerification,
  pendingVerifications,
  requestVerification,
  VERIFICATION_STATUS_LABELS,
  verificationTimedOut,
  type CaseVerification,
} from './verification';

const IDENTITY = '0b9f4c2e-8d1a-4f6b-9c3e-5a7d2e1f4b60';
const LICENCE = '5d2a7c41-3e9b-4f08-a6d1-8c4b2e7f9a13';

function requested(): readonly CaseVerification[] {
  const identity = requestVerification(undefined, {
    id: IDENTITY,
    system: 'public-security',
    kind: 'identity',
    subjectMasked: '330102********0012 张*',
    requestedBy: clerk,
    requestedAt: beijing('2026-03-02T09:15'),
  });
  return requestVerification(identity, {
    id: LICENCE,
    system: 'market-regulation',
    kind: 'licence',
    subjectMasked: '91330102********1X',
    requestedBy: clerk,
    requestedAt: beijing('2026-03-02T09:16'),
  });
}
const answer = (id: string, local: string, outcome: 'verified' | 'mismatch' = 'verified') => ({
  id,
  outcome,
  detail: outcome === 'verified' ? '身份信息一致' : '姓名与证件号码不一致',
  at: beijing(local),
});

describe('online verification (联网核查)', () => {
  it('records a request as pending, in the order the requests were made', () => {
    const list = requested();
    expect(list.map(({ id, status }) => [id, status])).toEqual([
      [IDENTITY, 'pending'],
      [LICENCE, 'pending'],
    ]);
    expect(pendingVerifications(list).map(({ id }) => id)).toEqual([IDENTITY, LICENCE]);
    expect(VERIFICATION_STATUS_LABELS.pending).toBe('核查中');
  });

  it('treats a repeated request id as a programming error', () => {
    const list = requested();
    expect(() => requestVerification(list, { ...list[0]! })).toThrow(RangeError);
  });

  it('starts every request pending, even from a record that carries an answer', () => {
    const answered = answerVerification(requested(), answer(IDENTITY, '2026-03-02T09:15'));
    const [again] = requestVerification(undefined, { ...answered[0]!, id: LICENCE });
    expect(again).toEqual({ ...requested()[0], id: LICENCE });
    expect(again).not.toHaveProperty('detail');
  });

  it('records the department answer with its outcome, detail and time', () => {
    const list = answerVerification(requested(), answer(IDENTITY, '2026-03-02T09:15', 'mismatch'));
    expect(list[0]).toMatchObject({
      status: 'mismatch',
      detail: '姓名与证件号码不一致',
      answeredAt: beijing('2026-03-02T09:15'),
    });
    expect(VERIFICATION_STATUS_LABELS[list[0]!.status]).toBe('核查不一致');
    expect(pendingVerifications(list).map(({ id }) => id)).toEqual([LICENCE]);
  });

  it('gives up on a pending request when the wait times out', () => {
    const list = verificationTimedOut(requested(), LICENCE, beijing('2026-03-02T09:17'));
    expect(list[1]).toMatchObject({ status: 'timed-out', timedOutAt: beijing('2026-03-02T09:17') });
    expect(list[1]).not.toHaveProperty('answeredAt');
    expect(pendingVerifications(list).map(({ id }) => id)).toEqual([IDENTITY]);
  });

  it('records a late answer after a timeout, keeping when the wait was given up', () => {
    const timedOut = verificationTimedOut(requested(), IDENTITY, beijing('2026-03-02T09:16'));
    const list = answerVerification(timedOut, answer(IDENTITY, '2026-03-02T09:40'));
    expect(list[0]).toMatchObject({
      status: 'verified',
      detail: '身份信息一致',
      answeredAt: beijing('2026-03-02T09:40'),
      timedOutAt: beijing('2026-03-02T09:16'),
    });
  });

  it('refuses a second answer and keeps the first', () => {
    const list = answerVerification(requested(), answer(IDENTITY, '2026-03-02T09:15'));
    const error = refusal(() =>
      answerVerification(list, answer(IDENTITY, '2026-03-02T09:20', 'mismatch')),
    );
    expect(error.code).toBe('CASE.VERIFICATION_ALREADY_ANSWERED');
    expect(error.details).toEqual({ id: IDENTITY, status: 'verified' });
    expect(list[0]?.status).toBe('verified');
  });

  it('times out only a pending request', () => {
    const answered = answerVerification(requested(), answer(IDENTITY, '2026-03-02T09:15'));
    const timedOut = verificationTimedOut(answered, LICENCE, beijing('2026-03-02T09:17'));
    const at = beijing('2026-03-02T09:18');
    for (const [id, status] of [
      [IDENTITY, 'verified'],
      [LICENCE, 'timed-out'],
    ] as const) {
      const error = refusal(() => verificationTimedOut(timedOut, id, at));
      expect(error.code).toBe('CASE.VERIFICATION_ALREADY_ANSWERED');
      expect(error.details).toEqual({ id, status });
    }
  });

  it('refuses an answer or a timeout for a request the case never made', () => {
    const unknown = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';
    for (const list of [undefined, requested()]) {
      const answering = refusal(() =>
        answerVerification(list, answer(unknown, '2026-03-02T09:20')),
      );
      expect(answering.code).toBe('CASE.VERIFICATION_NOT_FOUND');
      expect(answering.details).toEqual({ id: unknown });
      const timingOut = refusal(() => verificationTimedOut(list, unknown, new Date()));
      expect(timingOut.code).toBe('CASE.VERIFICATION_NOT_FOUND');
    }
    expect(pendingVerifications(undefined)).toEqual([]);
  });

  it('never mutates its inputs', () => {
    const list = Object.freeze(requested().map((verification) => Object.freeze(verification)));
    const before = structuredClone(list);
    const answered = answerVerification(list, answer(IDENTITY, '2026-03-02T09:15'));
    const timedOut = verificationTimedOut(answered, LICENCE, beijing('2026-03-02T09:17'));
    requestVerification(timedOut, { ...list[0]!, id: 'c0ffee00-0000-4000-8000-000000000000' });
    pendingVerifications(list);
    expect(list).toEqual(before);
    expect(answered[1]).toBe(list[1]);
    expect(timedOut[0]).toBe(answered[0]);
  });
});
