import { type Principal } from '@gov/auth';
import { type PersonalDataVault } from '@gov/personal-data';
import { type CaseRecord } from './case.entity';

/**
 * Whether the case is the caller's own: they submitted it, or it names them as the applicant (a
 * clerk entered it for them at a window), matched through the blind index of their verified
 * resident ID.
 */
export function isOwnCase(
  record: CaseRecord,
  caller: Principal,
  vault: PersonalDataVault,
): boolean {
  if (record.submittedBy === caller.subject) return true;
  return (
    caller.residentId !== null &&
    record.applicantKind === 'person' &&
    record.applicantIdIdx === vault.blindIndex('resident-id', caller.residentId)
  );
}

/** Citizens and agents see their own cases; staff roles see their subtree. */
export function isApplicantSide(caller: Principal): boolean {
  return caller.roles.every((role) => role === 'citizen' || role === 'agent');
}
