import { type WorkingCalendar, localDateOf } from '@gov/calendar';
import {
  type CaseCommand,
  type CaseState,
  formatNoticeNumber,
  legalClockOf,
  type NoticeContent,
  type NoticeKind,
} from '@gov/case';
import { type EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { type CaseRecord } from '../case.entity';
import { NoticeRecord } from './notice.entity';

/** The notice each transition issues (DOMAIN.md §4); the others issue none. */
const NOTICE_OF: Partial<Record<CaseCommand['action'], NoticeKind>> = {
  accept: 'acceptance',
  'deem-accepted': 'acceptance',
  reject: 'rejection',
  'request-correction': 'correction',
  decide: 'decision',
};

/** Where a case predates the recorded organ: the centre issues in its own name. */
const CENTRE_ISSUER = '政务服务中心';

/**
 * Issues the notice of `action`, if it has one, inside the transaction of the transition: the next
 * number of the organ's series for the kind and year (taken last, so the counter row is locked
 * for as short a time as possible), the date, and the facts the document states.
 */
export async function issueNotice(
  em: EntityManager,
  record: CaseRecord,
  state: CaseState,
  action: CaseCommand['action'],
  calendar: WorkingCalendar,
  now: Date,
): Promise<NoticeRecord | null> {
  const kind = NOTICE_OF[action];
  if (kind === undefined) return null;
  const content = contentOf(kind, state, calendar, now);
  const issuerName = record.handlingOrganName ?? CENTRE_ISSUER;
  const issuedOn = localDateOf(now);
  const year = Number(issuedOn.slice(0, 4));
  const [counter] = await em.execute<{ last_sequence: number }[]>(
    `insert into cases.notice_counter (issuer, kind, year, last_sequence) values (?, ?, ?, 1)
     on conflict (issuer, kind, year)
       do update set last_sequence = notice_counter.last_sequence + 1
     returning last_sequence`,
    [record.handlingOrgan ?? record.division, kind, year],
  );
  const number = formatNoticeNumber(
    kind,
    numberIssuer(issuerName),
    year,
    Number(counter?.last_sequence),
  );
  const notice = em.create(NoticeRecord, {
    id: uuidv7(),
    caseId: record.id,
    kind,
    number,
    sequence: state.sequence,
    issuedAt: now,
    document: {
      number,
      issuedOn,
      issuer: issuerName,
      caseNumber: record.number,
      itemName: record.itemName,
      applicantName: record.applicantName,
      receivedOn: localDateOf(state.receivedAt),
      content,
    },
  });
  await em.flush();
  return notice;
}

function contentOf(
  kind: NoticeKind,
  state: CaseState,
  calendar: WorkingCalendar,
  now: Date,
): NoticeContent {
  switch (kind) {
    case 'acceptance': {
      const clock = legalClockOf(state, calendar, now);
      if (!state.acceptance || clock.phase === 'not-started') {
        throw new Error('An acceptance notice needs an accepted case');
      }
      return {
        kind,
        acceptedOn: state.acceptance.acceptedOn,
        deemed: state.acceptance.deemed,
        statutoryDueDate: clock.statutory.dueDate,
        promisedDueDate: clock.promised.dueDate,
        provisional: clock.provisional,
      };
    }
    case 'rejection':
      return { kind, reason: present(state.rejection, kind).reason };
    case 'correction':
      return { kind, items: present(state.corrections.at(-1), kind).items };
    case 'decision': {
      const { outcome, reason } = present(state.decision, kind);
      return { kind, outcome, ...(reason === undefined ? {} : { reason }) };
    }
  }
}

/** The fact a notice states; its absence after the transition that sets it is a bug. */
function present<T>(fact: T | undefined, kind: NoticeKind): T {
  if (fact === undefined) throw new Error(`A ${kind} notice needs the case's ${kind}`);
  return fact;
}

/** The organ's name as a document number's issuer: letters and Han characters only, at most 30. */
function numberIssuer(name: string): string {
  const cleaned = name.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '').slice(0, 30);
  return cleaned.replace(/[不字]+$/u, '') || CENTRE_ISSUER;
}
