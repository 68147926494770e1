import { type EntityManager } from '@mikro-orm/postgresql';
import { officialAnnouncements } from '../calendar-layer-view';

/**
 * Gives every province of the catalogue its calendar layer, holding the State Council's
 * announcements that `@gov/calendar` carries (2025–2026). A province that has a layer keeps it
 * (announcements added since stay); seeding announces no events.
 */
export async function seedCalendars(em: EntityManager): Promise<number> {
  const result = await em.getConnection().execute<{ affectedRows: number }>(
    `insert into catalog.calendar_layer (division, announcements, overrides, version)
     select code, ?::jsonb, '[]'::jsonb, 1 from catalog.division where level = 'province'
     on conflict (division) do nothing`,
    [JSON.stringify(officialAnnouncements())],
    'run',
  );
  return result.affectedRows;
}
