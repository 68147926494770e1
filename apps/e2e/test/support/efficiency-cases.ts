import { atLocalTime, type LocalDate, type WorkingCalendar } from '@gov/calendar';
import { type CaseActor } from '@gov/case';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import {
  authorOf,
  type CaseAuthor,
  CaseMoves,
  type MovingCommand,
} from '../../../cases/src/cases/case-moves';
import { CentreCalendars } from '../../../cases/src/cases/centre-calendars';
import { aPrincipal } from './builders';
import { setCasesClock, submitCase } from './cases';
import { type Suite } from './suite';

/** What becomes of one case of the test's set. */
export interface CasePlan {
  readonly itemCode: string;
  readonly division: string;
  readonly receivedOn: LocalDate;
  readonly fate: 'rejected' | 'correction' | 'running' | 'concluded' | 'on-the-spot';
  /** Working days from acceptance to the decision (plus the suspension's, if suspended). */
  readonly takes: number;
  readonly suspended: boolean;
  readonly extended: boolean;
  /** Concluded three working days after the decision, rather than on its day. */
  readonly concludedLate: boolean;
  readonly window: string | null;
  readonly handedOver: boolean;
}

const APPROVER: CaseActor = { id: 'test-sc-approver', username: 'sc-approver', role: 'approver' };

/**
 * Drives each plan through the real service: the submission through the gateway at the plan's
 * instant (the cases service's clock set back to it), then each transition through `CaseMoves`
 * at its own instant, as a clerk of the case's centre would give it.
 */
export async function buildCase(suite: Suite, citizen: Record<string, string>, plan: CasePlan) {
  const cases = suite.service('cases');
  const calendar = await cases.get(CentreCalendars).of(plan.division);
  const clock = setCasesClock(suite, plan.receivedOn, '09:00');
  const submitted = await submitCase(suite, citizen, {
    itemCode: plan.itemCode,
    division: plan.division,
  }).finally(() => clock.mockRestore());
  const moves = cases.get(CaseMoves);
  const author = clerkOf(plan.division);
  const day = (n: number) => calendar.addWorkingDays(plan.receivedOn, n).date;
  const move = (command: MovingCommand, on: LocalDate, time: string) =>
    moves.move(submitted.id, command, author, calendar, atLocalTime(on, time));

  switch (plan.fate) {
    case 'rejected':
      await move({ action: 'reject', reason: '不属于本机关职权范围' }, plan.receivedOn, '10:00');
      return submitted.id;
    case 'correction':
      await move(
        {
          action: 'request-correction',
          items: [{ material: '营业执照', problem: '复印件不清晰' }],
        },
        plan.receivedOn,
        '10:00',
      );
      return submitted.id;
    case 'on-the-spot':
      await moves.moveThrough(
        submitted.id,
        [{ action: 'accept' }, { action: 'decide', outcome: 'approved' }, { action: 'conclude' }],
        author,
        calendar,
        atLocalTime(plan.receivedOn, '10:00'),
      );
      return submitted.id;
    case 'running':
    case 'concluded':
      break;
  }
  await move({ action: 'accept' }, plan.receivedOn, '10:00');
  if (plan.window !== null) {
    const window = {
      id: `window-${plan.window}`,
      number: plan.window,
      name: `${plan.window} 号窗口`,
    };
    await move(
      { action: 'hand-over-to-window', window, reason: '转综合窗口' },
      plan.receivedOn,
      '10:30',
    );
  }
  if (plan.handedOver) {
    await move(
      { action: 'hand-over', to: APPROVER, reason: '转审批人员' },
      plan.receivedOn,
      '10:45',
    );
  }
  if (plan.extended) {
    await move(
      { action: 'extend', days: 10, reason: '情况复杂，经负责人批准' },
      plan.receivedOn,
      '11:00',
    );
  }
  if (plan.suspended) {
    await move({ action: 'suspend', kind: 'expert-review', reason: '专家评审' }, day(1), '10:00');
    await move({ action: 'resume' }, day(3), '10:00');
  }
  if (plan.fate === 'running') return submitted.id;
  const decidedOn = day(plan.takes + (plan.suspended ? 3 : 0));
  await move({ action: 'decide', outcome: 'approved' }, decidedOn, '15:00');
  const concludedOn = plan.concludedLate ? calendar.addWorkingDays(decidedOn, 3).date : decidedOn;
  await move({ action: 'conclude' }, concludedOn, '16:00');
  return submitted.id;
}

function clerkOf(division: string): CaseAuthor {
  const username = division === '330102001000' ? 'qb-clerk' : 'sc-clerk';
  return authorOf(
    aPrincipal({ subject: `test-${username}`, username, roles: ['clerk'], division }),
  );
}

/** A varied set: items, divisions, fates, durations, suspensions, extensions, windows, staff. */
export function casePlans(calendar: WorkingCalendar, first: LocalDate, count: number): CasePlan[] {
  const days: LocalDate[] = [];
  for (let n = 0; days.length < 28; n += 1) days.push(calendar.addWorkingDays(first, n).date);
  const fates = ['rejected', 'correction', 'running', 'concluded', 'concluded'] as const;
  return Array.from({ length: count }, (_, i): CasePlan => {
    const onTheSpot = i % 6 === 5;
    return {
      itemCode: onTheSpot ? 'XK00005001' : i % 2 === 0 ? 'XK00001001' : 'QR00002001',
      division: i % 4 === 3 ? '330102001000' : '330102000000',
      receivedOn: days[(i * 11) % days.length] ?? first,
      fate: onTheSpot ? 'on-the-spot' : (fates[i % fates.length] ?? 'concluded'),
      takes: [1, 2, 3, 4, 6, 8, 5][i % 7] ?? 1,
      suspended: i % 5 === 4,
      extended: i % 7 === 3,
      concludedLate: i % 9 === 4,
      window: i % 3 === 1 ? `W0${(i % 2) + 1}` : null,
      handedOver: i % 8 === 7,
    };
  });
}

/**
 * Rates some of this test's concluded cases as their applicants would, bad ones with a
 * rectification. Its cases live in 2025; those other tests conclude in the shared database live
 * later and are theirs to rate.
 */
export async function rateConcluded(suite: Suite): Promise<void> {
  const em = suite.service('cases').get(MikroORM).em.fork() as EntityManager;
  const concluded = await em.execute<
    { id: string; division: string; item_code: string; concluded_at: string }[]
  >(
    `select id, division, item_code, state->>'concludedAt' as concluded_at from cases."case"
     where state->>'concludedAt' < '2026-01-01' order by number`,
  );
  for (const [index, each] of concluded.entries()) {
    if (index % 4 === 3) continue;
    const level = [5, 4, 1, 3, 2, 5, 1, 4][index % 8] ?? 5;
    const ratedAt = new Date(Date.parse(each.concluded_at) + 3600_000);
    await em.execute(
      `insert into cases.rating (case_id, level, dimensions, rater_subject, rater_role, division,
                                 item_code, rated_at, annulled)
       values (?, ?, '{}', 'test-citizen', 'applicant', ?, ?, ?, ?)`,
      [each.id, level, each.division, each.item_code, ratedAt, index % 10 === 6],
    );
    if (level > 2) continue;
    await em.execute(
      `insert into cases.rectification (id, case_id, division, opened_at, due_on, status)
       values (?, ?, ?, ?, ?, ?)`,
      [
        randomUUID(),
        each.id,
        each.division,
        ratedAt,
        '2026-01-31',
        index % 3 === 0 ? 'closed' : 'open',
      ],
    );
  }
}
