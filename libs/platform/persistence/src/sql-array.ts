/**
 * A PostgreSQL array literal (`{"a","b"}`) for a text array bound as one parameter (`?::text[]`).
 * Query builders expand a bound JavaScript array into a list of parameters, which `any(...)` and
 * `@>` do not take.
 */
export function sqlTextArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, (character) => `\\${character}`)}"`).join(',')}}`;
}
