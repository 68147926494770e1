import { ReferenceKind } from '@mikro-orm/core';
import { type EntityManager } from '@mikro-orm/postgresql';
import { sqlRunner } from './sql-runner';

/**
 * The `insert` of one new entity's row as `$n` SQL for {@link sqlRunner}: the columns from the
 * entity's MikroORM metadata, each value converted by its property's type as a flush would (JSON,
 * arrays); a property left `undefined` is left to the column's default. For a hot path that writes
 * a row nobody reads back in the same transaction and must not pay the unit of work for it
 * (ADR 0021); the entity is not managed by `em` afterwards. Scalar properties only.
 */
export function entityInsert(
  em: EntityManager,
  entity: object,
): { readonly text: string; readonly params: unknown[] } {
  const meta = em.getMetadata().get(entity.constructor.name);
  const platform = em.getPlatform();
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const prop of meta.props) {
    if (prop.persist === false) continue;
    if (prop.kind !== ReferenceKind.SCALAR) {
      throw new Error(
        `entityInsert writes scalar properties only, not ${meta.className}.${prop.name}`,
      );
    }
    const value: unknown = (entity as Record<string, unknown>)[prop.name];
    if (value === undefined) continue;
    columns.push(platform.quoteIdentifier(prop.fieldNames[0] ?? prop.name));
    params.push(prop.customType ? prop.customType.convertToDatabaseValue(value, platform) : value);
  }
  const schema = meta.schema ?? em.config.get('schema');
  const table = platform.quoteIdentifier(meta.tableName);
  const placeholders = params.map((_, index) => `$${index + 1}`);
  return {
    text: `insert into ${schema === undefined ? '' : `${schema}.`}${table} (${columns.join(', ')})
           values (${placeholders.join(', ')})`,
    params,
  };
}

/**
 * Writes new entities' rows ({@link entityInsert}) in the transaction of `em`, put off until its
 * next statement through `sqlRunner` or its COMMIT, as writes nobody reads back are (`putOff`).
 */
export async function insertEntities(
  em: EntityManager,
  entities: readonly object[],
): Promise<void> {
  const sql = sqlRunner(em);
  for (const entity of entities) {
    const { text, params } = entityInsert(em, entity);
    await sql.write(text, params);
  }
}
