import { ReplyErrorSchema } from '../errors/gov-error';
import { validate } from '../schema/validate';
import {
  VERIFICATION_SYSTEMS,
  VerificationErrorReplySchema,
  VerificationReplySchema,
  VerificationRequestSchema,
  verificationSamples,
  verificationSubject,
  type VerificationKind,
} from './verification.contracts';

describe('online verification contracts', () => {
  it('ships samples that validate', () => {
    expect(validate(VerificationRequestSchema, verificationSamples.request).ok).toBe(true);
    expect(validate(VerificationReplySchema, verificationSamples.reply).ok).toBe(true);
    expect(validate(VerificationErrorReplySchema, verificationSamples.errorReply).ok).toBe(true);
  });

  it('keeps the error reply a ReplyError, as every requester of the bus decodes it', () => {
    expect(validate(ReplyErrorSchema, verificationSamples.errorReply).ok).toBe(true);
  });

  it('names the subject after the system and the kind, under gov.int', () => {
    expect(verificationSubject('public-security', 'identity')).toBe(
      'gov.int.public-security.identity-verify.v1',
    );
    expect(verificationSubject('market-regulation', 'licence')).toBe(
      'gov.int.market-regulation.licence-verify.v1',
    );
  });

  it.each(['Public-Security', 'public.security', '*', '>', 'public security', ''])(
    'rejects the system name %j',
    (system) => {
      expect(() => verificationSubject(system, 'identity')).toThrow(RangeError);
    },
  );

  it('rejects a kind that is not one of the three', () => {
    expect(() => verificationSubject('public-security', 'passport' as VerificationKind)).toThrow(
      RangeError,
    );
  });

  it('gives every sample system a subject per kind it verifies', () => {
    const subjects = Object.entries(VERIFICATION_SYSTEMS).flatMap(([system, { kinds }]) =>
      kinds.map((kind) => verificationSubject(system, kind)),
    );
    expect(subjects).toEqual([
      'gov.int.public-security.identity-verify.v1',
      'gov.int.market-regulation.licence-verify.v1',
      'gov.int.market-regulation.certificate-verify.v1',
    ]);
  });

  it('refuses unknown fields, unknown kinds and a lower-case x in an ID number', () => {
    const request = verificationSamples.request;
    const invalid = [
      { ...request, extra: true },
      { ...request, kind: 'passport' },
      { ...request, subject: { ...request.subject, phone: '13812345678' } },
      { ...request, subject: { idNumber: '11010519491231002x' } },
      { ...request, requestedAt: '2026-03-02 09:15' },
    ];
    for (const value of invalid) expect(validate(VerificationRequestSchema, value).ok).toBe(false);
  });

  it('takes an organisation by credit code and a licence by document number alone', () => {
    const base = { ...verificationSamples.request, kind: 'licence' };
    expect(
      validate(VerificationRequestSchema, { ...base, subject: { idNumber: '91330102MA27XL0Q9E' } })
        .ok,
    ).toBe(true);
    expect(
      validate(VerificationRequestSchema, { ...base, subject: { documentNumber: 'ZJ-2026-001' } })
        .ok,
    ).toBe(true);
  });

  it('answers only the three outcomes', () => {
    const reply = verificationSamples.reply;
    expect(validate(VerificationReplySchema, { ...reply, outcome: 'not-found' }).ok).toBe(true);
    expect(validate(VerificationReplySchema, { ...reply, outcome: 'unknown' }).ok).toBe(false);
  });
});
