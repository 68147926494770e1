import { eventStreamOptions, EventsModule } from '@gov/events';
import { healthController } from '@gov/nats';
import { mikroOrmOptions, persistenceProviders } from '@gov/persistence';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { type DynamicModule, Module } from '@nestjs/common';
import { notificationsMigrations } from './migrations/notifications-migrations';
import { ListMyNoticesHandler } from './notices/list-my-notices/list-my-notices.handler';
import { ListNoticesHandler } from './notices/list-notices/list-notices.handler';
import { Notice } from './notices/notice.entity';
import { PersonalNotice } from './notices/personal-notice.entity';
import { caseNoticesConsumer } from './notices/record-notice/case-notices.consumer';
import { departmentNoticesConsumer } from './notices/record-notice/department-notices.consumer';
import { warningNoticesConsumer } from './notices/record-notice/warning-notices.consumer';
import { type NotificationsConfig } from './notifications.config';

@Module({})
export class NotificationsModule {
  static register(config: NotificationsConfig): DynamicModule {
    return {
      module: NotificationsModule,
      imports: [
        MikroOrmModule.forRoot(
          mikroOrmOptions({
            databaseUrl: config.databaseUrl,
            schema: 'notifications',
            entities: [Notice, PersonalNotice],
            migrations: notificationsMigrations,
          }),
        ),
        EventsModule.forService({
          context: 'notifications',
          databaseUrl: config.databaseUrl,
          natsUrl: config.natsUrl,
          stream: eventStreamOptions(config),
          consumers: [departmentNoticesConsumer, caseNoticesConsumer, warningNoticesConsumer],
        }),
      ],
      controllers: [ListNoticesHandler, ListMyNoticesHandler, healthController('notifications')],
      providers: [...persistenceProviders('notifications')],
    };
  }
}
