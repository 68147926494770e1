import { type Warning, type WarningClearedBecause } from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';

/** A `cases.deadline_warning` row as the reads select it. */
export interface WarningRow {
  id: string;
  case_id: string;
  case_number: string;
  division: string;
  item_code: string;
  handling_organ: string | null;
  deadline: Warning['deadline'];
  level: Warning['level'];
  due_on: string;
  responsible_subject: string | null;
  responsible_username: string | null;
  raised_at: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
  cleared_at: Date | null;
  cleared_because: WarningClearedBecause | null;
}

interface NoteRow {
  id: string;
  warning_id: string;
  author_username: string;
  text: string;
  at: Date;
}

/** The columns of a warning row, its due date as text. */
export const WARNING_COLUMNS = `id, case_id, case_number, division, item_code, handling_organ,
  deadline, level, to_char(due_on, 'YYYY-MM-DD') as due_on, responsible_subject,
  responsible_username, raised_at, acknowledged_at, acknowledged_by, cleared_at, cleared_because`;

/** One warning by id, or null. */
export async function findWarningRow(em: EntityManager, id: string): Promise<WarningRow | null> {
  const [row] = await em.execute<WarningRow[]>(
    `select ${WARNING_COLUMNS} from cases.deadline_warning where id = ?`,
    [id],
  );
  return row ?? null;
}

/** The warnings as answered, each with its notes (one query for all of them). */
export async function withNotes(
  em: EntityManager,
  rows: readonly WarningRow[],
): Promise<Warning[]> {
  if (rows.length === 0) return [];
  const notes = await em.execute<NoteRow[]>(
    `select id, warning_id, author_username, text, at from cases.deadline_warning_note
     where warning_id in (?) order by at, id`,
    [rows.map((row) => row.id)],
  );
  return rows.map((row) => ({
    ...warningOf(row),
    notes: notes
      .filter((note) => note.warning_id === row.id)
      .map((note) => ({
        id: note.id,
        author: note.author_username,
        text: note.text,
        at: new Date(note.at).toISOString(),
      })),
  }));
}

function warningOf(row: WarningRow): Omit<Warning, 'notes'> {
  return {
    id: row.id,
    caseId: row.case_id,
    caseNumber: row.case_number,
    division: row.division,
    itemCode: row.item_code,
    handlingOrgan: row.handling_organ,
    deadline: row.deadline,
    level: row.level,
    dueOn: row.due_on,
    responsible:
      row.responsible_subject === null
        ? null
        : { subject: row.responsible_subject, username: row.responsible_username ?? '' },
    raisedAt: new Date(row.raised_at).toISOString(),
    status:
      row.cleared_at !== null ? 'cleared' : row.acknowledged_at !== null ? 'acknowledged' : 'open',
    acknowledgedAt:
      row.acknowledged_at === null ? null : new Date(row.acknowledged_at).toISOString(),
    acknowledgedBy: row.acknowledged_by,
    clearedAt: row.cleared_at === null ? null : new Date(row.cleared_at).toISOString(),
    clearedBecause: row.cleared_because,
  };
}
