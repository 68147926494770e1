import { type TSchema } from '@sinclair/typebox';
import { isDeepStrictEqual } from 'node:util';

export type JsonSchema = Record<string, unknown>;

/** Keywords whose values are data, not schemas: never searched for named schemas. */
const DATA_KEYWORDS = new Set(['const', 'default', 'enum', 'example', 'examples']);
const COMPONENT_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * The named schemas of the document. A contract schema with `$id` is published once under
 * `components/schemas/<$id>` and referenced wherever it appears, so a client generator sees one
 * `Department`, not one copy per operation. Everything else is inlined as plain JSON Schema
 * (TypeBox's own markers are symbols and do not survive JSON).
 */
export class SchemaComponents {
  private readonly named = new Map<string, JsonSchema>();
  private readonly building = new Set<string>();

  /** `{ $ref }` for a named schema, else the schema inlined. */
  reference(schema: TSchema | JsonSchema): JsonSchema {
    return this.convert(plainJson(schema), false);
  }

  /** The schema itself inlined (its `$id` dropped), named schemas inside it referenced. */
  inline(schema: TSchema | JsonSchema): JsonSchema {
    return this.convert(plainJson(schema), true);
  }

  /** The `components/schemas` object, by name. */
  toJSON(): Record<string, JsonSchema> {
    return Object.fromEntries([...this.named].sort(([a], [b]) => a.localeCompare(b)));
  }

  private convert(node: JsonSchema, inline: boolean): JsonSchema {
    const id = node.$id;
    if (typeof id === 'string' && !inline) return this.publish(id, node);
    const converted: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$id') continue;
      converted[key] = DATA_KEYWORDS.has(key) ? value : this.convertValue(value);
    }
    return converted;
  }

  private convertValue(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.convertValue(item));
    if (isObject(value)) return this.convert(value, false);
    return value;
  }

  private publish(name: string, node: JsonSchema): JsonSchema {
    if (!COMPONENT_NAME.test(name)) {
      throw new Error(`Schema $id "${name}" cannot name an OpenAPI component`);
    }
    const ref = { $ref: `#/components/schemas/${name}` };
    if (this.building.has(name)) return ref; // the schema refers to itself
    const existing = this.named.get(name);
    if (existing === undefined) {
      this.building.add(name);
      this.named.set(name, this.convert(node, true));
      this.building.delete(name);
    } else if (!isDeepStrictEqual(existing, this.convert(node, true))) {
      throw new Error(`Two different schemas are both named "${name}" ($id)`);
    }
    return ref;
  }
}

function plainJson(schema: TSchema | JsonSchema): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

function isObject(value: unknown): value is JsonSchema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
