import type { VerificationKind, VerificationOutcome } from '@gov/contracts';
import type { CaseActor } from './case-actor';
import { CaseDomainError } from './case-domain.error';

/** Where an online verification (联网核查) stands: waiting, answered with an outcome, or given up on. */
export type VerificationStatus = 'pending' | VerificationOutcome | 'timed-out';

/** The Chinese name of each verification status, for the case file and the staff screens. */
export const VERIFICATION_STATUS_LABELS: Readonly<Record<VerificationStatus, string>> = {
  pending: '核查中',
  verified: '核查一致',
  mismatch: '核查不一致',
  'not-found': '未查到',
  'timed-out': '核查超时',
};

/**
 * One verification a case asked of a department system. The request is recorded in its own
 * transaction before it goes out over the bus (outside any transaction), so a crash in between
 * leaves a pending record rather than an answer nobody asked for; the reply or the time-out is
 * recorded after.
 */
export interface CaseVerification {
  /** The request id (uuid, chosen by the service); the reply carries it back. */
  readonly id: string;
  /** The department system asked, e.g. `public-security`. */
  readonly system: string;
  readonly kind: VerificationKind;
  /** What was asked about, masked by the service: the clear ID number is never kept on the case. */
  readonly subjectMasked: string;
  readonly requestedBy: CaseActor;
  readonly requestedAt: Date;
  readonly status: VerificationStatus;
  /** The department's explanation, e.g. 身份信息一致. */
  readonly detail?: string;
  readonly answeredAt?: Date;
  /** When the wait was given up; kept when a late answer arrives, so the delay stays on record. */
  readonly timedOutAt?: Date;
}

/** A department's answer to one request. */
export interface VerificationAnswer {
  readonly id: string;
  readonly outcome: VerificationOutcome;
  readonly detail: string;
  readonly at: Date;
}

/** The verifications with `request` added as pending. A repeated id is a programming error. */
export function requestVerification(
  list: readonly CaseVerification[] | undefined,
  request: Omit<CaseVerification, 'status' | 'detail' | 'answeredAt' | 'timedOutAt'>,
): readonly CaseVerification[] {
  const current = list ?? [];
  if (current.some((verification) => verification.id === request.id)) {
    throw new RangeError(`Verification request "${request.id}" is already recorded on the case`);
  }
  // Field by field, so that nothing but the request (no status or answer) enters the record.
  const { id, system, kind, subjectMasked, requestedBy, requestedAt } = request;
  return [
    ...current,
    { id, system, kind, subjectMasked, requestedBy, requestedAt, status: 'pending' },
  ];
}

/**
 * The verifications with `answer` recorded. A pending request takes the answer; so does one that
 * timed out, because the department did answer after all and its outcome is what the case needs
 * (the time-out stays recorded). An answered request keeps its first answer: a second one, e.g.
 * a redelivered reply, is refused with `CASE.VERIFICATION_ALREADY_ANSWERED`.
 */
export function answerVerification(
  list: readonly CaseVerification[] | undefined,
  answer: VerificationAnswer,
): readonly CaseVerification[] {
  const found = find(list, answer.id);
  if (found.status !== 'pending' && found.status !== 'timed-out') {
    throw alreadyAnswered(found);
  }
  return replace(list, {
    ...found,
    status: answer.outcome,
    detail: answer.detail,
    answeredAt: answer.at,
  });
}

/** The verifications with the pending request `id` given up at `at`; only a pending one times out. */
export function verificationTimedOut(
  list: readonly CaseVerification[] | undefined,
  id: string,
  at: Date,
): readonly CaseVerification[] {
  const found = find(list, id);
  if (found.status !== 'pending') {
    throw alreadyAnswered(found);
  }
  return replace(list, { ...found, status: 'timed-out', timedOutAt: at });
}

/** The requests still waiting for an answer, in the order they were made. */
export function pendingVerifications(
  list: readonly CaseVerification[] | undefined,
): readonly CaseVerification[] {
  return (list ?? []).filter((verification) => verification.status === 'pending');
}

function find(list: readonly CaseVerification[] | undefined, id: string): CaseVerification {
  const found = list?.find((verification) => verification.id === id);
  if (!found) {
    throw new CaseDomainError('CASE.VERIFICATION_NOT_FOUND', undefined, { id });
  }
  return found;
}

function replace(
  list: readonly CaseVerification[] | undefined,
  updated: CaseVerification,
): readonly CaseVerification[] {
  return (list ?? []).map((verification) =>
    verification.id === updated.id ? updated : verification,
  );
}

function alreadyAnswered(verification: CaseVerification): CaseDomainError {
  return new CaseDomainError('CASE.VERIFICATION_ALREADY_ANSWERED', undefined, {
    id: verification.id,
    status: verification.status,
  });
}
