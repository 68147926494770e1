import { caseErrors } from '@gov/contracts';

/** The rules a case can break. The codes are stable; they and their messages live in the registry. */
const DOMAIN_CODES = [
  'CASE.TRANSITION_NOT_ALLOWED',
  'CASE.ACTOR_NOT_ALLOWED',
  'CASE.TIME_REVERSED',
  'CASE.LIMITS_INVALID',
  'CASE.REASON_REQUIRED',
  'CASE.CORRECTION_EMPTY',
  'CASE.CORRECTION_DUPLICATE_MATERIAL',
  'CASE.CORRECTION_NEW_MATERIAL',
  'CASE.ACCEPTANCE_PERIOD_EXPIRED',
  'CASE.DEEMED_ACCEPTANCE_NOT_DUE',
  'CASE.ALREADY_SUSPENDED',
  'CASE.NOT_SUSPENDED',
  'CASE.ALREADY_EXTENDED',
  'CASE.EXTENSION_DAYS_INVALID',
  'CASE.EXTENSION_AFTER_DEADLINE',
  'CASE.NOT_ON_THE_SPOT_ITEM',
  'CASE.HANDOVER_TARGET_NOT_STAFF',
  'CASE.HANDOVER_TO_SAME_STAFF',
  'CASE.NUMBER_INVALID',
  'CASE.NOTICE_NUMBER_INVALID',
  'CASE.TASK_NOT_FOUND',
  'CASE.TASK_OTHER_DEPARTMENT',
  'CASE.TASK_ALREADY_DECIDED',
  'CASE.TASK_NOT_AWAITING_MATERIAL',
  'CASE.JOINT_DECISION_BY_TASKS',
  'CASE.FEE_NOT_REQUIRED',
  'CASE.PAYMENT_EXCEEDS_DUE',
  'CASE.PAYMENT_REFERENCE_REUSED',
  'CASE.REFUND_EXCEEDS_PAID',
  'CASE.FEE_UNPAID',
  'CASE.AGENT_OUT_OF_AREA',
  'CASE.VERIFICATION_NOT_FOUND',
  'CASE.VERIFICATION_ALREADY_ANSWERED',
] as const;

/** Each rule's default message (Simplified Chinese, telling the person what to do). */
export const CASE_ERRORS = Object.fromEntries(
  DOMAIN_CODES.map((code) => [code, caseErrors[code].message]),
) as { readonly [Code in (typeof DOMAIN_CODES)[number]]: string };

/** A stable code of a broken case rule. */
export type CaseErrorCode = (typeof DOMAIN_CODES)[number];

/** Every code, for registering them with the error registry and for exhaustive tests. */
export const CASE_ERROR_CODES: readonly CaseErrorCode[] = DOMAIN_CODES;

/**
 * The one error this library throws for a broken rule: the code for programs, the message
 * (Simplified Chinese) for people, details (state, action, materials…) for both.
 */
export class CaseDomainError extends Error {
  override readonly name = 'CaseDomainError';

  constructor(
    readonly code: CaseErrorCode,
    message: string = CASE_ERRORS[code],
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
  }
}
