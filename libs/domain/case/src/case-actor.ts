/**
 * The roles that act on a case. The names are those of the realm roles (`ROLES` in
 * `@gov/contracts`), plus `system` for what the suite does by itself (deemed acceptance).
 */
export const CASE_ACTOR_ROLES = [
  'citizen',
  'agent',
  'clerk',
  'approver',
  'center_admin',
  'supervisor',
  'system',
] as const;

/** A role that can appear on a case's transitions. */
export type CaseActorRole = (typeof CASE_ACTOR_ROLES)[number];

/**
 * Who an actor is to the case: the applicant's side (citizen or agent), the centre's staff, an
 * overseer (supervisor) or the system. The transition table allows actions by kind, not by role:
 * which clerk or approver may touch which case (division, department) is the service's check.
 */
export type CaseActorKind = 'applicant' | 'staff' | 'oversight' | 'system';

/** The kind of each role. */
export const CASE_ACTOR_KINDS: Readonly<Record<CaseActorRole, CaseActorKind>> = {
  citizen: 'applicant',
  agent: 'applicant',
  clerk: 'staff',
  approver: 'staff',
  center_admin: 'staff',
  supervisor: 'oversight',
  system: 'system',
};

/** Who did something to a case, as recorded on the transition. */
export interface CaseActor {
  readonly id: string;
  readonly username: string;
  readonly role: CaseActorRole;
  /** The organ an approver works for (credit code): a joint case's task is theirs only if it matches. */
  readonly department?: string | null;
}

/** The actor of a deemed acceptance (行政许可法 Art. 32): nobody decided, the law did. */
export const DEEMED_ACCEPTANCE_ACTOR: CaseActor = Object.freeze({
  id: 'system:deemed-acceptance',
  username: 'system',
  role: 'system',
});

/** The kind of `actor`'s role. */
export function actorKindOf(actor: CaseActor): CaseActorKind {
  return CASE_ACTOR_KINDS[actor.role];
}

/** True for clerks, approvers and centre administrators: those who handle cases (首问负责). */
export function isStaff(actor: CaseActor): boolean {
  return actorKindOf(actor) === 'staff';
}
