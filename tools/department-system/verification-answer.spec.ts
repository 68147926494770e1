import {
  validate,
  VerificationErrorReplySchema,
  VerificationReplySchema,
  type VerificationKind,
  type VerificationRequest,
} from '@gov/contracts';
import { residentIdCheckCharacter } from '@gov/identifiers';
import { answerDelayMs, answerVerification, type VerificationAnswer } from './verification-answer';

const now = new Date('2026-03-02T01:15:00.000Z');
const withCheck = (first17: string) => first17 + residentIdCheckCharacter(first17);
const validId = withCheck('33010219900101001');

function request(
  kind: VerificationKind,
  subject: VerificationRequest['subject'],
): VerificationRequest {
  return {
    requestId: '0b9f4c2e-8d1a-4f6b-9c3e-5a7d2e1f4b60',
    kind,
    subject,
    requestedBy: '330102-20260302-00000001',
    requestedAt: '2026-03-02T09:15:00+08:00',
  };
}

function outcome(answer: VerificationAnswer): string {
  if (!answer.ok) throw new Error(`expected a reply, got ${JSON.stringify(answer.error)}`);
  expect(validate(VerificationReplySchema, answer.reply).ok).toBe(true);
  return answer.reply.outcome;
}

function errorOf(answer: VerificationAnswer): string {
  if (answer.ok) throw new Error(`expected an error, got ${JSON.stringify(answer.reply)}`);
  expect(validate(VerificationErrorReplySchema, answer.error).ok).toBe(true);
  return answer.error.message;
}

const identity = (subject: VerificationRequest['subject']) =>
  answerVerification('public-security', 'identity', request('identity', subject), now);

describe('the sample department systems answer', () => {
  it('verifies an identity whose resident ID is valid', () => {
    const answer = identity({ idNumber: validId, name: '张三' });
    expect(answer).toEqual({
      ok: true,
      reply: {
        requestId: '0b9f4c2e-8d1a-4f6b-9c3e-5a7d2e1f4b60',
        outcome: 'verified',
        detail: '身份信息一致',
        checkedAt: '2026-03-02T01:15:00.000Z',
        system: 'public-security',
      },
    });
  });

  it('finds no person whose ID has 999 in digits 15 to 17, even with a bad check character', () => {
    expect(outcome(identity({ idNumber: withCheck('33010219900101999') }))).toBe('not-found');
    expect(outcome(identity({ idNumber: '330102199001019990' }))).toBe('not-found');
  });

  it('reports a mismatch for the name 不一致 or an ID whose check character is wrong', () => {
    expect(outcome(identity({ idNumber: validId, name: '不一致' }))).toBe('mismatch');
    const wrongCheck = validId.slice(0, 17) + (validId.endsWith('0') ? '1' : '0');
    expect(outcome(identity({ idNumber: wrongCheck, name: '张三' }))).toBe('mismatch');
  });

  it('verifies a licence or a certificate whose number starts with ZJ, and finds no other', () => {
    const system = 'market-regulation';
    for (const kind of ['licence', 'certificate'] as const) {
      const known = request(kind, { documentNumber: 'ZJ-2026-000123' });
      const unknown = request(kind, { documentNumber: 'HZ-2026-000123' });
      expect(outcome(answerVerification(system, kind, known, now))).toBe('verified');
      expect(outcome(answerVerification(system, kind, unknown, now))).toBe('not-found');
      expect(outcome(answerVerification(system, kind, request(kind, {}), now))).toBe('not-found');
    }
  });

  it('refuses a body that does not match the contract, naming where', () => {
    const body = { ...request('identity', { idNumber: validId }), requestId: 'nope' };
    expect(errorOf(answerVerification('public-security', 'identity', body, now))).toContain(
      '/requestId',
    );
    expect(errorOf(answerVerification('public-security', 'identity', 'text', now))).toMatch(
      /^核查请求不符合契约/,
    );
  });

  it('refuses a request whose kind is not its subject’s, or an identity without an ID number', () => {
    const licence = request('licence', { documentNumber: 'ZJ-1' });
    expect(errorOf(answerVerification('public-security', 'identity', licence, now))).toContain(
      'licence',
    );
    expect(errorOf(identity({ name: '张三' }))).toContain('idNumber');
  });

  it('waits three seconds before answering the document number SLOW only', () => {
    expect(answerDelayMs(request('licence', { documentNumber: 'SLOW' }))).toBe(3_000);
    expect(answerDelayMs(request('licence', { documentNumber: 'ZJ-1' }))).toBe(0);
    expect(answerDelayMs(null)).toBe(0);
    expect(answerDelayMs('SLOW')).toBe(0);
  });
});
