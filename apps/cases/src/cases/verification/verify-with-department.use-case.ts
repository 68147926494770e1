import { type Principal, Scope } from '@gov/auth';
import { type WorkingCalendar } from '@gov/calendar';
import {
  type AnswerVerificationRequest,
  type Case,
  GOV_ERROR_HEADER,
  GovError,
  type RequestVerificationRequest,
  validate,
  VERIFICATION_SYSTEMS,
  type VerificationReply,
  VerificationReplySchema,
  type VerificationRequest,
  verificationSubject,
} from '@gov/contracts';
import { NATS_CONNECTION } from '@gov/nats';
import { PersonalDataVault } from '@gov/personal-data';
import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { type NatsConnection } from 'nats';
import { v7 as uuidv7 } from 'uuid';
import { CaseRecord } from '../case.entity';
import { authorOf, type CaseAuthor, CaseMoves } from '../case-moves';
import { caseReply, openApplicant } from '../case-reply';
import { clockView } from '../case-clock-view';
import { CentreCalendars } from '../centre-calendars';
import { Clock } from '../clock';

/** Injection token of how long a department system has to answer (VERIFICATION_TIMEOUT_MS). */
export const VERIFICATION_TIMEOUT_MS = Symbol('VERIFICATION_TIMEOUT_MS');

/** The answer recorded as the cases service's own: it is what came back over the bus. */
const RECORDER: CaseAuthor = {
  actor: { id: 'system:verification', username: 'system', role: 'system' },
  audit: { kind: 'service', subject: 'svc-cases', username: 'online-verification' },
};

/**
 * Online verification (联网核查): the request is recorded on the case and committed, then sent to
 * the department system over `gov.int.<system>.<kind>-verify.v1` — no transaction is open while it
 * waits — and its answer, or the time-out, is recorded in a transaction of its own. A department
 * that answers late records its answer through `answerVerification`.
 */
@Injectable()
export class VerifyWithDepartmentUseCase {
  private readonly logger = new Logger('OnlineVerification');

  constructor(
    private readonly clock: Clock,
    private readonly orm: MikroORM,
    private readonly moves: CaseMoves,
    private readonly vault: PersonalDataVault,
    private readonly calendars: CentreCalendars,
    @Inject(NATS_CONNECTION) private readonly nats: NatsConnection,
    @Inject(VERIFICATION_TIMEOUT_MS) private readonly timeoutMs: number,
  ) {}

  async verify(request: RequestVerificationRequest, caller: Principal): Promise<Case> {
    const record = await this.orm.em.fork().findOne(CaseRecord, { id: request.id });
    if (!record || !Scope.of(caller).includes(record.division)) {
      throw new GovError('CASE.NOT_FOUND', undefined, { id: request.id });
    }
    const system = VERIFICATION_SYSTEMS[request.system as keyof typeof VERIFICATION_SYSTEMS];
    if (!system || !(system.kinds as readonly string[]).includes(request.kind)) {
      throw new GovError('CASE.VERIFICATION_SYSTEM_UNKNOWN', undefined, {
        system: request.system,
        kind: request.kind,
        known: Object.keys(VERIFICATION_SYSTEMS),
      });
    }
    const asked = this.subjectOf(record, request);
    const calendar = await this.calendars.of(record.division);
    const requestId = uuidv7();
    await this.moves.move(
      record.id,
      {
        action: 'request-verification',
        verification: {
          id: requestId,
          system: request.system,
          kind: request.kind,
          subjectMasked: asked.masked,
        },
      },
      authorOf(caller),
      calendar,
      this.clock.now(),
    );
    const reply = await this.ask(request, {
      requestId,
      kind: request.kind,
      subject: asked.subject,
      requestedBy: record.number,
      requestedAt: this.clock.now().toISOString(),
    });
    return this.record(record.id, requestId, reply, calendar);
  }

  /**
   * A department system's answer that came after the time-out (or by another way than the reply):
   * recorded as its own, by its service account, for a case of its area.
   */
  async answerLate(request: AnswerVerificationRequest, caller: Principal): Promise<Case> {
    const record = await this.orm.em.fork().findOne(CaseRecord, { id: request.id });
    if (!record || !Scope.of(caller).includes(record.division)) {
      throw new GovError('CASE.NOT_FOUND', undefined, { id: request.id });
    }
    const calendar = await this.calendars.of(record.division);
    const now = this.clock.now();
    const moved = await this.moves.move(
      record.id,
      {
        action: 'answer-verification',
        id: request.requestId,
        outcome: request.outcome,
        detail: request.detail,
      },
      {
        actor: RECORDER.actor,
        audit: { kind: 'service', subject: caller.subject, username: caller.username },
      },
      calendar,
      now,
    );
    return caseReply(
      moved.record,
      openApplicant(this.vault, moved.record),
      clockView(moved.state, calendar, now),
    );
  }

  /** What the department is asked about, and how the case records it (masked). */
  private subjectOf(record: CaseRecord, request: RequestVerificationRequest) {
    if (request.kind === 'identity') {
      const id = openApplicant(this.vault, record).applicantId;
      const clear = id.reveal(
        { subject: 'svc-cases', role: 'system' },
        `联网核查 ${request.system}`,
      ).value;
      return { subject: { idNumber: clear, name: record.applicantName }, masked: id.masked };
    }
    if (request.documentNumber === undefined) {
      throw new GovError('PLATFORM.VALIDATION_FAILED', '核查证照或证书须填写证照编号', {
        field: 'documentNumber',
      });
    }
    return {
      subject: { documentNumber: request.documentNumber },
      masked: request.documentNumber,
    };
  }

  /** The department's answer, or null when it did not give a valid one in time. */
  private async ask(
    request: RequestVerificationRequest,
    body: VerificationRequest,
  ): Promise<VerificationReply | null> {
    try {
      const message = await this.nats.request(
        verificationSubject(request.system, request.kind),
        JSON.stringify(body),
        { timeout: this.timeoutMs },
      );
      if (message.headers?.get(GOV_ERROR_HEADER)) {
        this.logger.warn(`Verification ${body.requestId} refused: ${message.string()}`);
        return null;
      }
      const reply: unknown = message.json();
      const checked = validate(VerificationReplySchema, reply);
      return checked.ok && checked.value.requestId === body.requestId ? checked.value : null;
    } catch (error) {
      this.logger.warn(
        `Verification ${body.requestId} got no answer: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  }

  private async record(
    id: string,
    requestId: string,
    reply: VerificationReply | null,
    calendar: WorkingCalendar,
  ): Promise<Case> {
    const now = this.clock.now();
    const moved = await this.moves.move(
      id,
      reply === null
        ? { action: 'verification-timed-out', id: requestId }
        : {
            action: 'answer-verification',
            id: requestId,
            outcome: reply.outcome,
            detail: reply.detail,
          },
      RECORDER,
      calendar,
      now,
    );
    return caseReply(
      moved.record,
      openApplicant(this.vault, moved.record),
      clockView(moved.state, calendar, now),
    );
  }
}
