import { inspect } from 'node:util';
import { maskPersonalData } from './mask';
import { normalise } from './normalise';
import { type PersonalDataKind } from './personal-data-kind';

/** Who is looking at a clear value: the subject of their token and, when known, their role. */
export interface Viewer {
  readonly subject: string;
  readonly role?: string;
}

/** One view of a clear value, for the service to append to its audit trail. */
export interface PersonalDataAccess {
  readonly kind: PersonalDataKind;
  /** Where the value came from, e.g. `cases.applicant.id_number:<case id>`; absent for new input. */
  readonly source?: string;
  /** The masked value, so the record says which value was seen without repeating it. */
  readonly masked: string;
  readonly viewer: Viewer;
  readonly purpose: string;
  /** ISO 8601 instant of the view. */
  readonly at: string;
}

/** What `reveal` gives: the clear value and the record of having seen it. */
export interface Revealed {
  readonly value: string;
  readonly access: PersonalDataAccess;
}

// Held outside the instance, so no enumeration, spread, clone, inspect option or serialiser can
// reach the clear value; only `reveal` and the vault (through `clearValueOf`) read it.
const clearValues = new WeakMap<PersonalValue, string>();

/**
 * A piece of personal data that shows itself masked wherever it ends up by accident — JSON,
 * template literals, string concatenation, `console.log`, `util.inspect`, pino — and gives its
 * clear value only to `reveal(viewer, purpose)`, which also returns the access record to audit.
 */
export class PersonalValue {
  /** The masked form (`330102********1234`). */
  readonly masked: string;

  private constructor(
    readonly kind: PersonalDataKind,
    clear: string,
    readonly source: string | undefined,
  ) {
    this.masked = maskPersonalData(kind, clear);
    clearValues.set(this, clear);
  }

  /** Wraps input (normalised first, see `normalise`), e.g. an applicant's ID from a request. */
  static of(kind: PersonalDataKind, input: string, source?: string): PersonalValue {
    return new PersonalValue(kind, normalise(kind, input), source);
  }

  /**
   * The clear value and the record of this view, which the caller must append to its audit trail.
   * The caller decides whether `viewer` may see it (e.g. the staff handling that case).
   */
  reveal(viewer: Viewer, purpose: string, now: Date = new Date()): Revealed {
    if (viewer.subject.trim() === '') throw new TypeError('reveal needs the viewer’s subject');
    if (purpose.trim() === '') throw new TypeError('reveal needs a purpose');
    const access: PersonalDataAccess = {
      kind: this.kind,
      ...(this.source === undefined ? {} : { source: this.source }),
      masked: this.masked,
      viewer: { ...viewer },
      purpose,
      at: now.toISOString(),
    };
    return { value: clearValueOf(this), access };
  }

  /** True when both hold the same value (compared in normalised form), without revealing either. */
  equals(other: PersonalValue): boolean {
    return this.kind === other.kind && clearValueOf(this) === clearValueOf(other);
  }

  toString(): string {
    return this.masked;
  }

  toJSON(): string {
    return this.masked;
  }

  [Symbol.toPrimitive](): string {
    return this.masked;
  }

  [inspect.custom](): string {
    return `PersonalValue<${this.kind}>(${this.masked})`;
  }
}

/** The clear value, for the vault's sealing and index; not exported from the package. */
export function clearValueOf(value: PersonalValue): string {
  const clear = clearValues.get(value);
  if (clear === undefined) throw new TypeError('not a PersonalValue');
  return clear;
}
