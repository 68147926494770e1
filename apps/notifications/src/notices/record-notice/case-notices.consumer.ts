import { caseEvents, type CloudEvent, type EventDataOf } from '@gov/contracts';
import { type EventConsumerOptions } from '@gov/events';
import { insertEntities } from '@gov/persistence';
import { PersonalNotice } from '../personal-notice.entity';

/** What each case event the applicant's side hears of says happened, after the case number. */
const WHAT_HAPPENED = {
  caseSubmitted: '已提交，等待受理',
  caseAccepted: '已受理',
  caseRejected: '不予受理，请查看不予受理决定书',
  caseCorrectionRequested: '需要补正材料，请按补正告知书补齐后重新提交',
  caseSuspended: '已中止（特别程序），办理期限暂停计算',
  caseResumed: '已恢复审查，办理期限继续计算',
  caseExtended: '办理期限已延长',
  caseDecided: '已作出决定',
  // Only the last department's opinion, which decides a joint case, is news to the applicant.
  caseTaskDecided: '已作出决定（并联审批各部门意见已汇总）',
  caseConcluded: '已办结',
  caseDelivered: '办理结果已送达',
  caseWithdrawn: '申请已撤回',
  caseFeeAssessed: '应缴费用已核定，请到收费窗口缴费',
} as const satisfies Partial<Record<keyof typeof caseEvents, string>>;

/** The case events whose parties are told, by their name in `caseEvents`. */
export type NoticedCaseEvent = keyof typeof WHAT_HAPPENED;

const NOTICED = Object.keys(WHAT_HAPPENED) as NoticedCaseEvent[];
const WHAT_HAPPENED_BY_TYPE = new Map<string, string>(
  NOTICED.map((name) => [caseEvents[name].type, WHAT_HAPPENED[name]]),
);

/** The fields every noticed case event carries (submission and the lifecycle events alike). */
type CaseEventData =
  EventDataOf<typeof caseEvents.caseSubmitted> | EventDataOf<typeof caseEvents.caseAccepted>;

/** The title of the notice for a case event, e.g. `办件 330102-20261126-00000123 已受理`. */
export function caseNoticeTitle(event: CloudEvent): string {
  const whatHappened = WHAT_HAPPENED_BY_TYPE.get(event.type);
  if (whatHappened === undefined) throw new Error(`No notice template for ${event.type}`);
  return `办件 ${(event.data as CaseEventData).number} ${whatHappened}`;
}

/** The notices of a case event: one per distinct recipient, none when it names nobody. */
export function caseNotices(event: CloudEvent): PersonalNotice[] {
  const data = event.data as CaseEventData;
  const recipients = [...new Set(data.recipients ?? [])];
  if (recipients.length === 0) return [];
  if (event.type === caseEvents.caseTaskDecided.type && data.status !== 'decided') return [];
  const title = caseNoticeTitle(event);
  return recipients.map(
    (recipient) =>
      new PersonalNotice({
        eventId: event.id,
        recipient,
        caseId: data.id,
        caseNumber: data.number,
        eventType: event.type,
        title,
      }),
  );
}

/**
 * Tells the applicant's side (the citizen, the village agent: the event's `recipients`) what
 * happened to their case, one notice per person and event, exactly once.
 */
export const caseNoticesConsumer: Omit<EventConsumerOptions, 'schema' | 'stream' | 'logger'> = {
  name: 'notifications-cases',
  filterSubject: 'gov.evt.cases.case.>',
  events: NOTICED.map((name) => caseEvents[name]),
  handle: (event, em) => insertEntities(em, caseNotices(event)),
};
