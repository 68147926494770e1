import { type Principal } from '@gov/auth';
import { type CaseStatus, type RateCaseRequest, type RatingDimensions } from '@gov/contracts';

/** 国办发〔2019〕51号's five levels, best first. */
export const RATING_LEVEL_LABELS = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
} as const satisfies Record<number, string>;

export type RatingLevel = keyof typeof RATING_LEVEL_LABELS;
export type RaterRole = 'applicant' | 'agent';

/** The label of a level (1..5). */
export function levelLabel(level: number): string {
  return RATING_LEVEL_LABELS[level as RatingLevel];
}

/** 不满意 and 非常不满意 are bad reviews: each opens a rectification task. */
export function isBadReview(level: number): boolean {
  return level <= 2;
}

/** A case can be rated once its handling is over: concluded (办结) or delivered (送达). */
export function isConcluded(status: CaseStatus): boolean {
  return status === 'concluded' || status === 'delivered';
}

/**
 * Who rates a case, and as whom: the agent point's agent who submitted it for the applicant rates
 * as `agent`; a citizen whose own case it is (`ownCase`, the service's `isOwnCase`) as
 * `applicant`. Staff never rate, not even a case a clerk entered at the window; anyone else gets
 * null.
 */
export function raterRoleOf(
  caller: Pick<Principal, 'subject' | 'roles'>,
  record: { readonly agentSubject: string | null },
  ownCase: boolean,
): RaterRole | null {
  if (caller.roles.includes('agent') && record.agentSubject === caller.subject) return 'agent';
  if (caller.roles.includes('citizen') && ownCase) return 'applicant';
  return null;
}

/**
 * The stored dimensions: the rater's four scores and `overall`, which is the level itself — the
 * level already is the overall satisfaction, so the two can never disagree.
 */
export function storedDimensions(request: RateCaseRequest): RatingDimensions {
  return { overall: request.level, ...request.dimensions };
}
