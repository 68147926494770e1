import { type ServiceGuide } from '@gov/contracts';
import { sqlTextArray } from '@gov/persistence';
import { type EntityManager } from '@mikro-orm/postgresql';
import { documentTerms, searchableText } from '../domain/search-terms';
import { type ServiceItem } from '../service-item.entity';

/**
 * Keeps `catalog.item_search` — what public search reads — in step with the versions in force,
 * inside the transaction that publishes or abolishes, so search never shows what is not in force.
 */
export async function indexPublishedVersion(
  em: EntityManager,
  item: ServiceItem,
  version: number,
  guide: ServiceGuide,
): Promise<void> {
  const terms = documentTerms(searchableText(guide));
  await em.execute(
    `insert into catalog.item_search
       (item_id, code, kind, division, handling_organ, involved_organs, category, name,
        online_depth, promised_limit_days, version, terms)
     values (?, ?, ?, ?, ?, ?::varchar[], ?, ?, ?, ?, ?, ?::text[])
     on conflict (item_id) do update set
       handling_organ = excluded.handling_organ, involved_organs = excluded.involved_organs,
       category = excluded.category, name = excluded.name, online_depth = excluded.online_depth,
       promised_limit_days = excluded.promised_limit_days, version = excluded.version,
       terms = excluded.terms`,
    [
      item.id,
      item.code,
      item.kind,
      item.division,
      guide.handlingOrgan,
      sqlTextArray(guide.departments.involved),
      guide.category,
      guide.name,
      guide.online.depth,
      guide.promisedLimitDays,
      version,
      sqlTextArray(terms),
    ],
    'run',
  );
}

export async function removeFromIndex(em: EntityManager, item: ServiceItem): Promise<void> {
  await em.execute(`delete from catalog.item_search where item_id = ?`, [item.id], 'run');
}
