import { type AuditRecord, AuditTrail } from '@gov/audit';
import { type CaseState, noticeText, renderNoticeHtml } from '@gov/case';
import {
  type Case,
  type CaseDetail,
  type CaseNotice,
  type NoticeSummary,
  type TimelineEntry,
} from '@gov/contracts';
import { type EntityManager } from '@mikro-orm/postgresql';
import { localDateOf } from '@gov/calendar';
import { noticeTitle } from '@gov/case';
import { NoticeRecord } from '../notices/notice.entity';

/** A case with its timeline (its audit rows, oldest first) and its notices. */
export async function caseDetail(
  em: EntityManager,
  trail: AuditTrail,
  answer: Case,
  state: CaseState,
): Promise<CaseDetail> {
  const [rows, notices] = await Promise.all([
    trail.readTrail(em, 'case', answer.id),
    em.find(NoticeRecord, { caseId: answer.id }, { orderBy: { issuedAt: 'asc', id: 'asc' } }),
  ]);
  return {
    ...answer,
    firstResponder: state.firstResponder?.username ?? null,
    responsible: state.responsible?.username ?? null,
    window: state.window ? { ...state.window } : null,
    timeline: rows.map(timelineEntry),
    notices: notices.map(noticeSummary),
  };
}

function timelineEntry(row: AuditRecord): TimelineEntry {
  const change = (row.change ?? {}) as { to?: Case['status']; reason?: string };
  return {
    sequence: row.sequence,
    action: row.action,
    status: row.action === 'submit' ? 'submitted' : (change.to ?? null),
    by: {
      username: row.actor.username,
      role: row.actor.kind === 'user' ? row.actor.role : null,
    },
    ...(change.reason === undefined ? {} : { reason: change.reason }),
    at: row.occurredAt,
  };
}

export function noticeSummary(notice: NoticeRecord): NoticeSummary {
  return {
    id: notice.id,
    kind: notice.kind,
    title: noticeTitle(notice.kind),
    number: notice.number,
    issuedOn: localDateOf(notice.issuedAt),
    issuedAt: notice.issuedAt.toISOString(),
  };
}

/** A notice in full: its paragraphs and its printable page, written from the facts it states. */
export function caseNotice(notice: NoticeRecord): CaseNotice {
  return {
    ...noticeSummary(notice),
    caseId: notice.caseId,
    issuer: notice.document.issuer,
    paragraphs: [...noticeText(notice.document)],
    html: renderNoticeHtml(notice.document),
  };
}
