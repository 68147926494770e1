import { CaseDomainError } from '@gov/case';
import { GovError } from '@gov/contracts';

/** Runs a `@gov/case` rule; a broken rule becomes the registry's error with the same code. */
export function fromCaseRules<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof CaseDomainError) {
      throw new GovError(error.code, error.message, { ...error.details });
    }
    throw error;
  }
}
