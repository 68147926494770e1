import { ROLE_NAMES } from '@gov/contracts';
import { CASE_ACTOR_KINDS, CASE_ACTOR_ROLES } from './case-actor';

describe('case actors', () => {
  it('uses the realm’s role names for every role but the system', () => {
    const people = CASE_ACTOR_ROLES.filter((role) => role !== 'system');
    expect(people.filter((role) => !(ROLE_NAMES as readonly string[]).includes(role))).toEqual([]);
  });

  it('counts clerks, approvers and centre administrators as staff, and only them', () => {
    const staff = CASE_ACTOR_ROLES.filter((role) => CASE_ACTOR_KINDS[role] === 'staff');
    expect(staff).toEqual(['clerk', 'approver', 'center_admin']);
  });
});
