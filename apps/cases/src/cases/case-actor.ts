import { type Principal } from '@gov/auth';
import { type CaseActor } from '@gov/case';

/** A person with several roles acts in the first that applies: staff, oversight, then an agent. */
const STAFF_FIRST = ['clerk', 'approver', 'center_admin', 'supervisor', 'agent'] as const;

/** The caller as the case rules see them: their staff role, else an agent, else the applicant. */
export function caseActorOf(caller: Principal): CaseActor {
  const role =
    STAFF_FIRST.find((candidate) => caller.roles.includes(candidate)) ?? ('citizen' as const);
  return { id: caller.subject, username: caller.username, role };
}
