import { type Principal } from '@gov/auth';
import { GovError } from '@gov/contracts';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';

/** A member of staff as the directory knows them. */
export interface StaffMember {
  readonly subject: string;
  readonly username: string;
  readonly division: string;
  readonly roles: readonly string[];
}

const STAFF_ROLES = ['clerk', 'approver', 'center_admin'];

/**
 * The staff the service has seen act (from their verified tokens), so a case can be handed over
 * to a colleague by username and the target's division checked. Written once per person and
 * instance unless their division or roles change.
 */
@Injectable()
export class StaffDirectory {
  private readonly known = new Map<string, string>();

  constructor(private readonly orm: MikroORM) {}

  async remember(caller: Principal): Promise<void> {
    const roles = caller.roles.filter((role) => STAFF_ROLES.includes(role));
    if (roles.length === 0 || caller.division === null) return;
    const fingerprint = `${caller.username}|${caller.division}|${roles.join(',')}|${caller.department ?? ''}`;
    if (this.known.get(caller.subject) === fingerprint) return;
    await this.orm.em.fork().execute(
      `insert into cases.staff_member (subject, username, division, roles, department, seen_at)
       values (?, ?, ?, ?, ?, now())
       on conflict (subject) do update set username = excluded.username,
         division = excluded.division, roles = excluded.roles,
         department = excluded.department, seen_at = excluded.seen_at`,
      [caller.subject, caller.username, caller.division, `{${roles.join(',')}}`, caller.department],
    );
    this.known.set(caller.subject, fingerprint);
  }

  async byUsername(username: string): Promise<StaffMember> {
    const [row] = await this.orm.em
      .fork()
      .execute<StaffMember[]>(
        `select subject, username, division, roles from cases.staff_member where username = ?`,
        [username],
      );
    if (!row) throw new GovError('CASE.HANDOVER_TARGET_UNKNOWN', undefined, { username });
    return row;
  }
}
