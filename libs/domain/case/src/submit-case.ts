import type { CaseActor } from './case-actor';
import { CaseDomainError } from './case-domain.error';
import type { CaseLimits, CasePlan, CaseTransitionResult } from './case-state';
import { respondersAfter } from './first-responder';

/** What a submission needs to know: the item version's limits, departments and fee standard. */
export interface SubmitCaseInput {
  readonly limits: CaseLimits;
  readonly plan?: CasePlan;
}

/**
 * A new case, received at `now` (申请): its state and the `submit` transition. A submission made
 * at a window by a clerk makes that clerk the first responder (首问负责).
 */
export function submitCase(
  input: SubmitCaseInput,
  context: { readonly actor: CaseActor; readonly now: Date },
): CaseTransitionResult {
  const { actor, now } = context;
  if (Number.isNaN(now.getTime())) {
    throw new RangeError('now is an Invalid Date');
  }
  checkLimits(input.limits);
  const state = {
    status: 'submitted' as const,
    sequence: 1,
    updatedAt: now,
    receivedAt: now,
    lastReceivedAt: now,
    limits: { statutory: input.limits.statutory, promised: input.limits.promised },
    corrections: [],
    suspensions: [],
    ...(input.plan ? { plan: input.plan } : {}),
    ...respondersAfter({}, actor),
  };
  return {
    state,
    transition: { from: null, to: 'submitted', action: 'submit', actor, at: now, sequence: 1 },
  };
}

/**
 * Refuses limits that are not whole working days, or a promised limit beyond the statutory one
 * (an implementation may shorten the promise, never exceed the law: DOMAIN.md §3).
 */
export function checkLimits(limits: CaseLimits): void {
  const whole = (days: number) => Number.isSafeInteger(days) && days >= 0;
  if (!whole(limits.statutory) || !whole(limits.promised) || limits.promised > limits.statutory) {
    throw new CaseDomainError('CASE.LIMITS_INVALID', undefined, {
      statutory: limits.statutory,
      promised: limits.promised,
    });
  }
}
