import { AuditTrail } from '@gov/audit';
import { type Principal, Scope } from '@gov/auth';
import { localDateOf } from '@gov/calendar';
import { formatCaseNumber, generateQueryCode, submitCase } from '@gov/case';
import {
  caseEvents,
  GovError,
  type GuidePage,
  type SubmitCaseRequest,
  type SubmittedCase,
} from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { validateCreditCode, validateResidentId } from '@gov/identifiers';
import { GuidePages } from '@gov/nats';
import { entityInsert, OutboxWriter, sqlRunner } from '@gov/persistence';
import { PersonalDataVault, PersonalValue } from '@gov/personal-data';
import { MikroORM } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { CaseRecord, type StoredMaterial } from '../case.entity';
import { caseReply, sealContext } from '../case-reply';
import { caseActorOf } from '../case-actor';
import { fromCaseRules } from '../case-rules-errors';
import { CentreCalendars } from '../centre-calendars';
import { StaffDirectory } from '../handover/staff-directory';
import {
  applicantSide,
  CaseParties,
  citizenAccountsSql,
  citizenIndexOf,
} from '../parties/case-parties';
import { deadlineColumns } from '../deadlines/case-deadlines';
import { Clock } from '../clock';
import { WarningThresholds } from '../../supervision/warnings/warning-thresholds';
import { CaseNumbers } from './case-numbers';

/**
 * Takes an application: against the item's version in force where it is handled (the case keeps
 * that version), with the applicant's identifier checked by its check character, the materials
 * matched to the guide; gives the case its number (division, day, a database sequence) and a
 * query code shown once; seals the personal data; records `case.submitted` and the first audit row
 * in the same transaction.
 */
@Injectable()
export class SubmitCaseUseCase {
  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly outbox: OutboxWriter,
    private readonly guides: GuidePages,
    private readonly vault: PersonalDataVault,
    private readonly audit: AuditTrail,
    private readonly calendars: CentreCalendars,
    private readonly staff: StaffDirectory,
    private readonly parties: CaseParties,
    private readonly warningThresholds: WarningThresholds,
    private readonly numbers: CaseNumbers,
  ) {}

  /**
   * Submits now; `receivedAt` is for the demonstration seed only (`npm start`), which records
   * applications received days ago so that deadlines and warnings have something to show.
   */
  async execute(
    request: SubmitCaseRequest,
    caller: Principal,
    receivedAt?: Date,
  ): Promise<SubmittedCase> {
    const actor = caseActorOf(caller);
    await this.staff.remember(caller);
    await this.parties.remember(caller);
    const channel = CHANNEL_OF[actor.role] ?? 'online';
    const division = tryParseDivisionCode(request.division);
    if (!division.ok) {
      throw new GovError('PLATFORM.VALIDATION_FAILED', division.message, { field: 'division' });
    }
    // At a window the clerk records for the centre they work in; online, anyone applies anywhere.
    if (channel === 'window') Scope.of(caller).assertIncludes(request.division);
    const agent = channel === 'agent-point' ? agentOf(caller, request) : null;
    const applicantId = checkedApplicantId(request.applicant);
    const page = await this.itemInForce(request.itemCode, request.division);
    const calendar = await this.calendars.of(request.division);
    const materials = matchedMaterials(request.materials, page);
    const now = receivedAt ?? this.clock.now();
    const { state } = fromCaseRules(() =>
      submitCase(
        {
          limits: {
            statutory: page.version.guide.statutoryLimitDays,
            promised: page.version.guide.promisedLimitDays,
          },
          plan: { departments: page.version.guide.departments, fee: page.version.guide.fee },
        },
        { actor, now },
      ),
    );
    const queryCode = generateQueryCode(randomBytes);
    const yellowDays = (await this.warningThresholds.policy()).yellowDaysFor(
      request.division,
      page.item.code,
      page.version.guide.promisedLimitDays,
    );

    // Taken before the transaction, as the calendar is: a block's refill takes a pooled connection,
    // which must never wait on the connections transactions like this one hold.
    const numberInSequence = await this.numbers.take();

    return this.orm.em.transactional(async (em) => {
      const id = uuidv7();
      const phone = PersonalValue.of('phone', request.applicant.phone);
      const record = em.create(
        CaseRecord,
        {
          id,
          number: formatCaseNumber(request.division, localDateOf(now), numberInSequence),
          queryCodeHash: sha256(queryCode),
          status: state.status,
          channel,
          division: request.division,
          itemCode: page.item.code,
          itemVersion: page.version.version,
          itemName: page.version.guide.name,
          applicantKind: request.applicant.kind,
          applicantName: request.applicant.name,
          applicantId: this.vault.seal(applicantId, sealContext('applicant_id', id)),
          applicantIdIdx: this.vault.blindIndex(
            request.applicant.kind === 'person' ? 'resident-id' : 'credit-code',
            applicantId,
          ),
          applicantPhone: this.vault.seal(phone, sealContext('applicant_phone', id)),
          materials,
          agentSubject: agent?.subject ?? null,
          agentUsername: agent?.username ?? null,
          agentDivision: agent?.division ?? null,
          residence: request.residence ?? null,
          handlingOrgan: page.version.guide.handlingOrgan,
          handlingOrganName: page.organs[page.version.guide.handlingOrgan] ?? null,
          state,
          ...deadlineColumns(state, calendar, now, yellowDays),
          submittedBy: caller.subject,
          receivedAt: now,
          updatedAt: now,
          version: state.sequence,
        },
        // Written below in one statement with the lookup of the citizens' accounts, not flushed.
        { persist: false },
      );
      const row = entityInsert(em, record);
      const [found] = await sqlRunner(em).rows<{ citizens: string[] }>(
        `with new_case as (${row.text})
         select array(${citizenAccountsSql(`$${row.params.length + 1}`)}) as citizens`,
        [...row.params, citizenIndexOf(record)],
      );
      const recipients = applicantSide(record, found?.citizens ?? []);
      // The audit row before the event: its head is read (a statement of its own) under the chain
      // lock, so the writes put off after it (audit row, outbox row, idempotency reply) go out as
      // one statement before COMMIT (ADR 0022).
      await this.audit.append(em, {
        aggregateType: 'case',
        aggregateId: id,
        sequence: state.sequence,
        actor: {
          kind: 'user',
          subject: caller.subject,
          username: caller.username,
          role: actor.role,
        },
        action: 'submit',
        // No personal data in the trail: the sealed columns are the record of it.
        change: {
          number: record.number,
          item: { code: record.itemCode, version: record.itemVersion },
          division: record.division,
          channel,
          materials: materials.map((material) => material.key),
        },
      });
      await this.outbox.record(em, caseEvents.caseSubmitted, {
        aggregateId: id,
        division: request.division,
        sequence: state.sequence,
        data: {
          id,
          number: record.number,
          itemCode: record.itemCode,
          itemVersion: record.itemVersion,
          division: record.division,
          channel,
          status: record.status,
          ...(agent ? { agent } : {}),
          ...(recipients.length === 0 ? {} : { recipients }),
          receivedAt: now.toISOString(),
        },
      });
      // The clock starts at acceptance, not at submission.
      const clock = {
        phase: 'not-started' as const,
        elapsed: null,
        statutory: null,
        promised: null,
        provisional: false,
      };
      return { case: caseReply(record, { applicantId, phone }, clock), queryCode };
    });
  }

  /**
   * The item's version in force, if the item applies where the case is handled: from the copy of
   * guide pages, which an `item.published` event drops, so an application never waits on the catalog.
   */
  private async itemInForce(code: string, division: string): Promise<GuidePage> {
    const page = await this.guides
      .page(code)
      .then((cached) => cached.page)
      .catch((error: unknown) => {
        if (error instanceof GovError && error.kind === 'not_found') return null;
        throw error;
      });
    const itemDivision = page && tryParseDivisionCode(page.item.division);
    const caseDivision = tryParseDivisionCode(division);
    const applies =
      page !== null &&
      page.item.status === 'active' &&
      itemDivision?.ok === true &&
      caseDivision.ok &&
      itemDivision.code.contains(caseDivision.code);
    if (!applies)
      throw new GovError('CASE.ITEM_NOT_AVAILABLE', undefined, { itemCode: code, division });
    return page;
  }
}

/** The channel of a submission, by who makes it. */
const CHANNEL_OF: Partial<Record<string, SubmittedCase['case']['channel']>> = {
  clerk: 'window',
  agent: 'agent-point',
  citizen: 'online',
};

/**
 * An agent point (便民代办) submits for a citizen of its own village or community, to the centre
 * of the township or county above it; the case records both divisions.
 */
function agentOf(caller: Principal, request: SubmitCaseRequest) {
  const agentArea = Scope.of(caller);
  const residence = request.residence;
  if (residence === undefined) {
    throw new GovError('PLATFORM.VALIDATION_FAILED', '代办时须填写申请人常住的村（社区）', {
      field: 'residence',
    });
  }
  const centreAbove =
    agentArea.division !== null && Scope.ofDivision(request.division).includes(agentArea.division);
  if (!agentArea.includes(residence) || !centreAbove || request.division === agentArea.division) {
    throw new GovError('CASE.AGENT_OUT_OF_AREA', undefined, {
      agentDivision: agentArea.division,
      residence,
      division: request.division,
    });
  }
  return { subject: caller.subject, username: caller.username, division: agentArea.division ?? '' };
}

function checkedApplicantId(applicant: SubmitCaseRequest['applicant']): PersonalValue {
  const valid =
    applicant.kind === 'person'
      ? validateResidentId(applicant.residentId).ok
      : validateCreditCode(applicant.creditCode).ok;
  if (!valid) {
    throw new GovError('CASE.APPLICANT_ID_INVALID', undefined, {
      field: applicant.kind === 'person' ? 'applicant.residentId' : 'applicant.creditCode',
    });
  }
  return applicant.kind === 'person'
    ? PersonalValue.of('resident-id', applicant.residentId)
    : PersonalValue.of('credit-code', applicant.creditCode);
}

/** Every required material of the guide, none it does not list, each once. */
function matchedMaterials(
  submitted: SubmitCaseRequest['materials'],
  page: GuidePage,
): StoredMaterial[] {
  const listed = new Map(page.version.guide.materials.map((material) => [material.key, material]));
  const keys = submitted.map((material) => material.key);
  const unknown = keys.filter((key) => !listed.has(key));
  const duplicated = keys.filter((key, index) => keys.indexOf(key) !== index);
  const missing = page.version.guide.materials
    .filter((material) => material.required && !keys.includes(material.key))
    .map((material) => material.key);
  if (unknown.length + duplicated.length + missing.length > 0) {
    throw new GovError('CASE.MATERIALS_MISMATCH', undefined, { missing, unknown, duplicated });
  }
  return submitted.map((material) => ({
    key: material.key,
    name: listed.get(material.key)?.name ?? material.key,
    documentRef: material.documentRef,
  }));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
