import { type CloudEvent, type EventDataOf, warningEvents } from '@gov/contracts';
import { type EventConsumerOptions } from '@gov/events';
import { insertEntities } from '@gov/persistence';
import { PersonalNotice } from '../personal-notice.entity';

type WarningRaised = EventDataOf<typeof warningEvents.warningRaised>;

const DEADLINE_NAMES: Readonly<Record<WarningRaised['deadline'], string>> = {
  promised: '承诺时限',
  statutory: '法定时限',
};

/**
 * The title of a warning's notice, e.g. `办件 330102-20261126-00000123 承诺时限即将届满（黄色预警）`
 * or `… 法定时限已超期（红色预警）`.
 */
export function warningNoticeTitle(data: WarningRaised): string {
  const deadline = DEADLINE_NAMES[data.deadline];
  const what =
    data.level === 'yellow' ? `${deadline}即将届满（黄色预警）` : `${deadline}已超期（红色预警）`;
  return `办件 ${data.caseNumber} ${what}`;
}

/** The notices of a raised warning: one per distinct recipient (the responsible staff member). */
export function warningNotices(event: CloudEvent): PersonalNotice[] {
  const data = event.data as WarningRaised;
  const title = warningNoticeTitle(data);
  return [...new Set(data.recipients ?? [])].map(
    (recipient) =>
      new PersonalNotice({
        eventId: event.id,
        recipient,
        caseId: data.caseId,
        caseNumber: data.caseNumber,
        eventType: event.type,
        title,
      }),
  );
}

/**
 * Tells the staff member responsible for a case that its deadline is close or has passed
 * (电子监察 "sent to the responsible staff"), in their `GET /api/v1/my/notices`, exactly once.
 */
export const warningNoticesConsumer: Omit<EventConsumerOptions, 'schema' | 'stream' | 'logger'> = {
  name: 'notifications-warnings',
  filterSubject: `${warningEvents.warningRaised.subjectPrefix}.>`,
  events: [warningEvents.warningRaised],
  handle: (event, em) => insertEntities(em, warningNotices(event)),
};
