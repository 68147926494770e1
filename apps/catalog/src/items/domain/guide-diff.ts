import { canonicalJson, type FieldChange, type ServiceGuide } from '@gov/contracts';

/** How the elements of a list field are told apart, so a diff says "material X changed". */
const LIST_KEYS: Partial<Record<keyof ServiceGuide, (element: never) => string>> = {
  materials: (material: { key: string }) => material.key,
  legalBases: (basis: { law: string; article?: string }) =>
    basis.article ? `${basis.law}${basis.article}` : basis.law,
  steps: (step: { name: string }) => step.name,
  conditions: (condition: string) => condition,
};

/**
 * The field-by-field differences from one version of a guide to another: scalar and object fields
 * as a whole, list fields element by element (materials by key, legal bases by law and article,
 * steps by name, conditions by text), in the order of the guide's fields.
 */
export function diffGuides(before: ServiceGuide, after: ServiceGuide): FieldChange[] {
  const fields = [
    ...new Set([...Object.keys(before), ...Object.keys(after)]),
  ] as (keyof ServiceGuide)[];
  return fields.flatMap((field) => {
    const keyOf = LIST_KEYS[field];
    const was = before[field];
    const is = after[field];
    if (keyOf && Array.isArray(was) && Array.isArray(is)) {
      return diffList(field, was as never[], is as never[], keyOf);
    }
    return diffValue(field, was, is);
  });
}

function diffValue(path: string, before: unknown, after: unknown): FieldChange[] {
  if (sameValue(before, after)) return [];
  if (before === undefined) return [{ path, change: 'added', after }];
  if (after === undefined) return [{ path, change: 'removed', before }];
  return [{ path, change: 'changed', before, after }];
}

function diffList(
  field: string,
  before: never[],
  after: never[],
  keyOf: (element: never) => string,
): FieldChange[] {
  const was = new Map(before.map((element) => [keyOf(element), element]));
  const is = new Map(after.map((element) => [keyOf(element), element]));
  const keys = [...new Set([...was.keys(), ...is.keys()])];
  return keys.flatMap((key) => diffValue(`${field}[${key}]`, was.get(key), is.get(key)));
}

/** Equal as JSON, whatever the objects' prototypes (guides come from JSON and from the database). */
function sameValue(a: unknown, b: unknown): boolean {
  return canonicalJson(a ?? null) === canonicalJson(b ?? null);
}
