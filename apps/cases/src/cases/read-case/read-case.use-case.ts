import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { localDateOf } from '@gov/calendar';
import {
  CASE_STATUS_LABELS,
  constantTimeEqual,
  formatCaseNumber,
  normalizeQueryCode,
  tryParseCaseNumber,
} from '@gov/case';
import {
  type CaseDetail,
  type CaseNotice,
  type CaseProgress,
  type CaseSummaryPage,
  GovError,
  type ListCasesRequest,
} from '@gov/contracts';
import { readPage } from '@gov/persistence';
import { PersonalDataVault } from '@gov/personal-data';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CaseRecord } from '../case.entity';
import { clockView } from '../case-clock-view';
import { restoreCaseState } from '../case-state-json';
import { CentreCalendars } from '../centre-calendars';
import { caseReply, openApplicant } from '../case-reply';
import { NoticeRecord } from '../notices/notice.entity';
import { caseDetail, caseNotice } from './case-detail';

/** Reading a case: by its applicant or staff of its division's subtree; and the public progress. */
@Injectable()
export class ReadCaseUseCase {
  constructor(
    private readonly orm: MikroORM,
    private readonly vault: PersonalDataVault,
    private readonly calendars: CentreCalendars,
    private readonly audit: AuditTrail,
  ) {}

  /** The case with its timeline and notices, to its applicant and to staff of its subtree. */
  async get(id: string, caller: Principal): Promise<CaseDetail> {
    const em = this.orm.em.fork();
    const record = await this.readable(em, id, caller);
    const calendar = await this.calendars.of(record.division);
    const state = restoreCaseState(record.state);
    const answer = caseReply(
      record,
      openApplicant(this.vault, record),
      clockView(state, calendar, new Date()),
    );
    return caseDetail(em, this.audit, answer, state);
  }

  /** One notice document of the case, with its printable page; the same readers as the case. */
  async notice(id: string, noticeId: string, caller: Principal): Promise<CaseNotice> {
    const em = this.orm.em.fork();
    await this.readable(em, id, caller);
    const notice = await em.findOne(NoticeRecord, { id: noticeId, caseId: id });
    if (!notice) throw new GovError('CASE.NOTICE_NOT_FOUND', undefined, { id, noticeId });
    return caseNotice(notice);
  }

  /** The case if the caller may read it: its applicant, or staff whose subtree holds it. */
  private async readable(em: EntityManager, id: string, caller: Principal): Promise<CaseRecord> {
    const record = await em.findOne(CaseRecord, { id });
    const mayRead =
      record !== null &&
      (caller.roles.includes('citizen') && caller.roles.length === 1
        ? record.submittedBy === caller.subject
        : Scope.of(caller).includes(record.division));
    if (!record || !mayRead) throw new GovError('CASE.NOT_FOUND', undefined, { id });
    return record;
  }

  /**
   * Cases newest first, a page at a time: an applicant sees their own; staff their subtree (or a
   * division inside it), narrowed by status, item and applicant — the applicant found through the
   * identifier's blind index, never by decrypting.
   */
  list(request: ListCasesRequest, caller: Principal): Promise<CaseSummaryPage> {
    const applicantOnly = caller.roles.every((role) => role === 'citizen');
    const scope = Scope.of(caller);
    if (request.division !== undefined) scope.assertIncludes(request.division);
    const prefix = Scope.ofDivision(request.division ?? scope.division).divisionPrefix;
    const applicantIdx =
      request.applicantId === undefined
        ? undefined
        : this.vault.blindIndex(
            /^[0-9]{17}[0-9Xx]$/.test(request.applicantId) ? 'resident-id' : 'credit-code',
            request.applicantId,
          );
    const em = this.orm.em.fork();
    return readPage(
      request,
      1,
      (after, rows) =>
        em.find(
          CaseRecord,
          {
            ...(applicantOnly
              ? { submittedBy: caller.subject }
              : { division: { $like: `${prefix ?? 'no-scope'}%` } }),
            ...(request.status === undefined ? {} : { status: request.status }),
            ...(request.itemCode === undefined ? {} : { itemCode: request.itemCode }),
            ...(applicantIdx === undefined ? {} : { applicantIdIdx: applicantIdx }),
            ...(after === undefined ? {} : { id: { $lt: String(after[0]) } }),
          },
          { orderBy: { id: 'desc' }, limit: rows },
        ),
      (record) => [record.id],
      (record) => ({
        id: record.id,
        number: record.number,
        status: record.status,
        division: record.division,
        itemCode: record.itemCode,
        itemName: record.itemName,
        receivedAt: record.receivedAt.toISOString(),
        updatedAt: record.updatedAt.toISOString(),
      }),
    );
  }

  /**
   * Status and dates for whoever holds the case number and its query code; a wrong pair of either
   * answers the same, so the lookup tells nothing about which numbers exist.
   */
  async progress(number: string, queryCode: string): Promise<CaseProgress> {
    const parts = tryParseCaseNumber(number);
    const code = normalizeQueryCode(queryCode);
    const record =
      parts && code
        ? await this.orm.em.fork().findOne(CaseRecord, {
            // However it was typed (full-width digits, other dashes), the number as issued.
            number: formatCaseNumber(parts.division, parts.date, parts.sequence),
          })
        : null;
    const given = createHash('sha256')
      .update(code ?? '')
      .digest('hex');
    if (!record || !constantTimeEqual(record.queryCodeHash, given)) {
      throw new GovError('CASE.PROGRESS_NOT_FOUND');
    }
    return {
      number: record.number,
      status: record.status,
      statusLabel: CASE_STATUS_LABELS[record.status],
      itemName: record.itemName,
      receivedOn: localDateOf(record.receivedAt),
      updatedAt: record.updatedAt.toISOString(),
    };
  }
}
