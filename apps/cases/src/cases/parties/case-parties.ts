import { type Principal } from '@gov/auth';
import { sqlRunner } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { type CaseRecord } from '../case.entity';

/**
 * The applicant's side of a case, to be told what happens to it: whoever applied online, the agent
 * who submitted for them, and the citizen's own account when it is known — matched through the
 * blind index of the resident ID the identity provider verified, never through the ID itself.
 */
@Injectable()
export class CaseParties {
  private readonly known = new Set<string>();

  constructor(
    private readonly orm: MikroORM,
    private readonly vault: PersonalDataVault,
  ) {}

  /** Notes a citizen's account (once per instance) so cases entered for them can reach them. */
  async remember(caller: Principal): Promise<void> {
    if (caller.residentId === null || !caller.roles.includes('citizen')) return;
    const index = this.vault.blindIndex('resident-id', caller.residentId);
    const key = `${caller.subject}|${index}`;
    if (this.known.has(key)) return;
    await this.orm.em.fork().execute(
      `insert into cases.citizen_account (subject, resident_id_idx, seen_at) values (?, ?, now())
       on conflict (subject) do update set resident_id_idx = excluded.resident_id_idx,
         seen_at = excluded.seen_at`,
      [caller.subject, index],
    );
    this.known.add(key);
  }

  /** The accounts to notify of an event of this case. */
  async recipientsOf(em: EntityManager, record: CaseRecord): Promise<string[]> {
    const index = citizenIndexOf(record);
    const citizens =
      index === null
        ? []
        : await sqlRunner(em).rows<{ subject: string }>(citizenAccountsSql('$1'), [index]);
    return applicantSide(
      record,
      citizens.map((citizen) => citizen.subject),
    );
  }
}

/**
 * SQL selecting the `subject` of the citizens' accounts with a resident ID's blind index (the
 * parameter named), for a statement that finds them while it does something else.
 */
export function citizenAccountsSql(indexParameter: string): string {
  return `select subject from cases.citizen_account where resident_id_idx = ${indexParameter}`;
}

/** The blind index a case's citizens' accounts are found by: none for an organisation. */
export function citizenIndexOf(record: CaseRecord): string | null {
  return record.applicantKind === 'person' ? record.applicantIdIdx : null;
}

/** Who on the applicant's side hears of a case, given the citizens' accounts found for it. */
export function applicantSide(record: CaseRecord, citizens: readonly string[]): string[] {
  return [
    ...new Set([
      ...(record.channel === 'online' ? [record.submittedBy] : []),
      ...(record.agentSubject === null ? [] : [record.agentSubject]),
      ...citizens,
    ]),
  ];
}
