import {
  validate,
  VerificationRequestSchema,
  type VerificationErrorReply,
  type VerificationKind,
  type VerificationReply,
  type VerificationRequest,
} from '@gov/contracts';
import { validateResidentId } from '@gov/identifiers';

/**
 * The sample department systems' answer rule. It is deterministic, and tests (here and in the
 * suite) depend on it, so change it only together with them:
 *   identity (public-security), needs `subject.idNumber`:
 *     - digits 15–17 of the number are `999`                  → not-found
 *     - `subject.name` is `不一致`                            → mismatch
 *     - a valid resident ID (check character, birth date)     → verified
 *     - otherwise                                             → mismatch
 *   licence and certificate (market-regulation):
 *     - `subject.documentNumber` starts with `ZJ`             → verified
 *     - otherwise (also no document number)                   → not-found
 *   a `subject.documentNumber` of `SLOW` is answered after 3 s (longer than a caller waits in tests).
 * A body that is not JSON, does not match VerificationRequestSchema, names another kind than its
 * subject, or asks for an identity without an ID number gets an INVALID_REQUEST error reply.
 */
export type VerificationAnswer =
  | { readonly ok: true; readonly reply: VerificationReply }
  | { readonly ok: false; readonly error: VerificationErrorReply };

export const SLOW_DOCUMENT_NUMBER = 'SLOW';
export const SLOW_ANSWER_MS = 3_000;

const MISMATCHED_NAME = '不一致';
const UNKNOWN_PERSON_DIGITS = '999';
const KNOWN_DOCUMENT_PREFIX = 'ZJ';

/** The answer of `system` to a request body that arrived on the subject for `kind`. */
export function answerVerification(
  system: string,
  kind: VerificationKind,
  body: unknown,
  now: Date,
): VerificationAnswer {
  const checked = validate(VerificationRequestSchema, body);
  if (!checked.ok) {
    const [first] = checked.issues;
    return invalid(`核查请求不符合契约：${first?.path ?? '/'} ${first?.message ?? ''}`.trim(), {
      issues: checked.issues,
    });
  }
  const request = checked.value;
  if (request.kind !== kind) {
    return invalid(`本主题只核查 ${kind}，请求的核查类型是 ${request.kind}`);
  }
  const outcome = outcomeOf(request, now);
  if (outcome === undefined) return invalid('身份核查须提供证件号码 subject.idNumber');
  return {
    ok: true,
    reply: {
      requestId: request.requestId,
      outcome: outcome.outcome,
      detail: outcome.detail,
      checkedAt: now.toISOString(),
      system,
    },
  };
}

/** How long the sample system waits before answering: 3 s for `SLOW`, otherwise not at all. */
export function answerDelayMs(body: unknown): number {
  const documentNumber = (body as { subject?: { documentNumber?: unknown } } | null)?.subject
    ?.documentNumber;
  return documentNumber === SLOW_DOCUMENT_NUMBER ? SLOW_ANSWER_MS : 0;
}

function outcomeOf(
  request: VerificationRequest,
  now: Date,
): Pick<VerificationReply, 'outcome' | 'detail'> | undefined {
  const { idNumber, name, documentNumber } = request.subject;
  switch (request.kind) {
    case 'identity': {
      if (idNumber === undefined) return undefined;
      if (idNumber.slice(14, 17) === UNKNOWN_PERSON_DIGITS) {
        return { outcome: 'not-found', detail: '人口信息库中查无此证件号码' };
      }
      if (name === MISMATCHED_NAME) {
        return { outcome: 'mismatch', detail: '姓名与证件号码登记的姓名不一致' };
      }
      const validation = validateResidentId(idNumber, now);
      return validation.ok
        ? { outcome: 'verified', detail: '身份信息一致' }
        : { outcome: 'mismatch', detail: `身份信息不一致：${validation.message}` };
    }
    case 'licence':
    case 'certificate': {
      const what = request.kind === 'licence' ? '证照' : '证书';
      return documentNumber?.startsWith(KNOWN_DOCUMENT_PREFIX)
        ? { outcome: 'verified', detail: `${what}信息一致，状态有效` }
        : { outcome: 'not-found', detail: `登记信息中查无此${what}编号` };
    }
  }
}

function invalid(message: string, details?: Record<string, unknown>): VerificationAnswer {
  const error: VerificationErrorReply = { code: 'INVALID_REQUEST', message };
  return { ok: false, error: details === undefined ? error : { ...error, details } };
}
