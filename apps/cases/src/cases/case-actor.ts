import { type Principal } from '@gov/auth';
import { type CaseActor } from '@gov/case';

/** The caller as the case rules see them: their staff role when they have one, else the applicant. */
export function caseActorOf(caller: Principal): CaseActor {
  const role = caller.roles.includes('clerk')
    ? 'clerk'
    : caller.roles.includes('approver')
      ? 'approver'
      : 'citizen';
  return { id: caller.subject, username: caller.username, role };
}
