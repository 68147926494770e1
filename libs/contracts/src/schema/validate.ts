import { type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';

/** One reason a value failed its schema: a JSON Pointer into the value and what was expected. */
export interface ValidationIssue {
  readonly path: string;
  readonly message: string;
}

export type ValidationResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

const compiled = new WeakMap<TSchema, TypeCheck<TSchema>>();

function checkerFor<S extends TSchema>(schema: S): TypeCheck<S> {
  let check = compiled.get(schema);
  if (check === undefined) {
    check = TypeCompiler.Compile(schema);
    compiled.set(schema, check);
  }
  return check as TypeCheck<S>;
}

/**
 * Checks a value against a payload schema with a compiled (and cached) validator.
 * Values are never coerced or stripped: a payload is either exactly right or rejected.
 */
export function validate<S extends TSchema>(
  schema: S,
  value: unknown,
): ValidationResult<Static<S>> {
  const check = checkerFor(schema);
  if (check.Check(value)) {
    return { ok: true, value };
  }
  const issues = [...check.Errors(value)]
    .slice(0, 20)
    .map((error) => ({ path: error.path || '/', message: error.message }));
  return { ok: false, issues };
}

/** The plain JSON Schema of a payload, as published in OpenAPI and AsyncAPI documents. */
export function jsonSchemaOf(schema: TSchema): Record<string, unknown> {
  return JSON.parse(JSON.stringify(schema)) as Record<string, unknown>;
}
