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
import { type CaseDetail, type CaseNotice, type CaseProgress, GovError } from '@gov/contracts';
import { PersonalDataVault } from '@gov/personal-data';
import { type EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { CaseRecord } from '../case.entity';
import { clockView } from '../case-clock-view';
import { restoreCaseState } from '../case-state-json';
import { CentreCalendars } from '../centre-calendars';
import { isApplicantSide, isOwnCase } from '../case-access';
import { caseReply, openApplicant } from '../case-reply';
import { NoticeRecord } from '../notices/notice.entity';
import { CaseParties } from '../parties/case-parties';
import { caseDetail, caseNotice } from './case-detail';
import { Clock } from '../clock';

/** Reading a case: by its applicant or staff of its division's subtree; and the public progress. */
@Injectable()
export class ReadCaseUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly vault: PersonalDataVault,
    private readonly calendars: CentreCalendars,
    private readonly audit: AuditTrail,
    private readonly parties: CaseParties,
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
      clockView(state, calendar, this.clock.now()),
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
    await this.parties.remember(caller);
    const record = await em.findOne(CaseRecord, { id });
    const mayRead =
      record !== null &&
      (isApplicantSide(caller)
        ? isOwnCase(record, caller, this.vault)
        : Scope.of(caller).includes(record.division));
    if (!record || !mayRead) throw new GovError('CASE.NOT_FOUND', undefined, { id });
    return record;
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
