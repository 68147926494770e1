import { type LoggerService } from '@nestjs/common';
import { type EntityManager } from '@mikro-orm/postgresql';
import { seedCalendars } from '../../calendars/seed-calendars/seed-calendars';
import { seedCentres } from './seed-centres';

/**
 * The province's working calendar from the State Council's announcements, then the sample
 * centres with their windows; both idempotent. Runs after divisions and departments are seeded.
 */
export async function seedCentreDirectory(em: EntityManager, logger: LoggerService): Promise<void> {
  const calendars = await seedCalendars(em.fork());
  const { centres, windows } = await seedCentres(em.fork());
  if (calendars + centres + windows > 0) {
    logger.log(
      `Seeded ${centres} centres, ${windows} windows and ${calendars} province calendar layers`,
    );
  }
}
