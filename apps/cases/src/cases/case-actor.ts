import { type Principal } from '@gov/auth';
import { type CaseActor } from '@gov/case';

/** The caller as the case rules see them: a clerk when they hold the role, else the applicant. */
export function caseActorOf(caller: Principal): CaseActor {
  const role = caller.roles.includes('clerk') ? 'clerk' : 'citizen';
  return { id: caller.subject, username: caller.username, role };
}
