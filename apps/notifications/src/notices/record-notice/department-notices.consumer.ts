import { catalogEvents, type CloudEvent, type EventDataOf } from '@gov/contracts';
import { type EventConsumerOptions } from '@gov/events';
import { insertEntities } from '@gov/persistence';
import { Notice } from '../notice.entity';

type Created = EventDataOf<typeof catalogEvents.departmentCreated>;
type Renamed = EventDataOf<typeof catalogEvents.departmentRenamed>;

/** The title of the notice for a department event. */
export function departmentNoticeTitle(event: CloudEvent): string {
  switch (event.type) {
    case catalogEvents.departmentCreated.type:
      return `部门已登记：${(event.data as Created).name}`;
    case catalogEvents.departmentRenamed.type: {
      const data = event.data as Renamed;
      return `部门已更名：${data.previousName} → ${data.name}`;
    }
    default:
      throw new Error(`No notice template for ${event.type}`);
  }
}

/** Records a notice for every department event of the catalog, exactly once and in order. */
export const departmentNoticesConsumer: Omit<EventConsumerOptions, 'schema' | 'stream' | 'logger'> =
  {
    name: 'notifications-catalog-departments',
    filterSubject: 'gov.evt.catalog.department.>',
    events: [catalogEvents.departmentCreated, catalogEvents.departmentRenamed],
    handle: (event, em) => insertEntities(em, [new Notice(event, departmentNoticeTitle(event))]),
  };
