import { healthContracts, notificationsContracts, parkedEventContracts } from '@gov/contracts';
import { createNatsService } from '@gov/nats';
import { type INestMicroservice } from '@nestjs/common';
import { loadNotificationsConfig } from './notifications.config';
import { NotificationsModule } from './notifications.module';

/** Starts notifications: migrates its schema, consumes events, answers its contracts over NATS. */
export async function startNotifications(
  env: NodeJS.ProcessEnv = process.env,
): Promise<INestMicroservice> {
  const config = loadNotificationsConfig(env);
  const service = await createNatsService(NotificationsModule.register(config), {
    queue: 'notifications',
    contracts: [
      ...Object.values(notificationsContracts),
      healthContracts.notifications,
      ...Object.values(parkedEventContracts.notifications),
    ],
    config,
  });
  await service.listen();
  return service;
}
