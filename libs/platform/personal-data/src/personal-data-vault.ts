import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { normalise } from './normalise';
import { PersonalDataError } from './personal-data.error';
import { INDEXED_KINDS, type IndexedKind, type PersonalDataKind } from './personal-data-kind';
import {
  personalDataKeysFrom,
  type KeyringEntry,
  type PersonalDataConfig,
  type PersonalDataKeys,
} from './personal-data.config';
import { clearValueOf, PersonalValue } from './personal-value';

/** The stored form's version tag; a new format gets a new tag and both are read during migration. */
export const SEALED_VERSION = 'pd1';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
/**
 * Blind index length: 8 bytes (64 bits), 16 hex characters. See README: collisions stay negligible
 * (~0.05 expected pairs among all 1.4 billion resident IDs), while a shorter index would not hide
 * much — the value spaces are small enough (~2^37 IDs, ~2^33 mobiles) that only the key protects
 * them, and a 32-bit index would still narrow a brute force to a few dozen candidates.
 */
export const BLIND_INDEX_BYTES = 8;
// Lone UTF-16 surrogates do not survive UTF-8; refuse them rather than store a changed value.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Seals personal data for storage (AES-256-GCM, a random 96-bit nonce per value, bound to its field
 * and record by associated data) and computes blind indexes (HMAC-SHA-256, one derived key per
 * kind) to find it. Pure: it writes nowhere; the service stores, queries and audits.
 */
export class PersonalDataVault {
  readonly #current: KeyringEntry;
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #indexKeys: ReadonlyMap<IndexedKind, Buffer>;

  constructor(keys: PersonalDataKeys) {
    const current = keys.keyring[0];
    if (current === undefined) throw new TypeError('the keyring needs at least one key');
    this.#current = current;
    this.#keys = new Map(keys.keyring.map(({ id, key }) => [id, key]));
    this.#indexKeys = new Map(
      // One key per kind (HKDF info names it): the same digits as an ID and as a phone never match.
      INDEXED_KINDS.map((kind) => [
        kind,
        Buffer.from(hkdfSync('sha256', keys.indexKey, '', `gov.personal-data.index.${kind}`, 32)),
      ]),
    );
  }

  /** From a loaded `personalDataFragment`; throws a ConfigError (refusing dev keys in production). */
  static fromConfig(config: PersonalDataConfig, env?: NodeJS.ProcessEnv): PersonalDataVault {
    return new PersonalDataVault(personalDataKeysFrom(config, env));
  }

  /** The id of the key that seals new values. */
  get currentKeyId(): string {
    return this.#current.id;
  }

  /**
   * Encrypts `plain` for the field and record named by `context` (e.g.
   * `cases.applicant.id_number:<case id>`) as `pd1.<key id>.<base64url(nonce‖ciphertext‖tag)>`.
   */
  encrypt(plain: string, context: string): string {
    requireContext(context);
    if (LONE_SURROGATE.test(plain)) {
      throw new PersonalDataError('invalid-input', 'the value is not well-formed Unicode text');
    }
    const header = `${SEALED_VERSION}.${this.#current.id}.`;
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#current.key, nonce);
    cipher.setAAD(associatedData(header, context));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return header + Buffer.concat([nonce, body]).toString('base64url');
  }

  /** Decrypts a stored value sealed for the same `context`; throws PersonalDataError otherwise. */
  decrypt(stored: string, context: string): string {
    requireContext(context);
    const { keyId, header, payload } = parseSealed(stored);
    const key = this.#keys.get(keyId);
    if (key === undefined) {
      throw new PersonalDataError('unknown-key', `key "${keyId}" is not in the keyring`);
    }
    if (payload.length < NONCE_BYTES + TAG_BYTES) {
      throw new PersonalDataError('malformed', 'the sealed value is too short');
    }
    const decipher = createDecipheriv('aes-256-gcm', key, payload.subarray(0, NONCE_BYTES));
    decipher.setAAD(associatedData(header, context));
    decipher.setAuthTag(payload.subarray(-TAG_BYTES));
    try {
      const clear = Buffer.concat([
        decipher.update(payload.subarray(NONCE_BYTES, -TAG_BYTES)),
        decipher.final(),
      ]);
      return clear.toString('utf8');
    } catch {
      throw new PersonalDataError(
        'not-authentic',
        `the value sealed with key "${keyId}" fails authentication for ${context}: altered, or sealed for another field or record`,
      );
    }
  }

  /** Seals a PersonalValue (its normalised clear value) for `context`. */
  seal(value: PersonalValue, context: string): string {
    return this.encrypt(clearValueOf(value), context);
  }

  /** Opens a stored value as a PersonalValue of `kind`, which shows itself masked. */
  open(kind: PersonalDataKind, stored: string, context: string): PersonalValue {
    return PersonalValue.of(kind, this.decrypt(stored, context), context);
  }

  /** True when `stored` was sealed with an older key (a re-encryption job rewrites it). */
  needsRotation(stored: string): boolean {
    return parseSealed(stored).keyId !== this.#current.id;
  }

  /**
   * The blind index of a value (normalised first) as 16 hex characters: store it beside the sealed
   * value, and find rows by comparing the index of the query in SQL. Confirm a hit by opening it.
   */
  blindIndex(kind: IndexedKind, value: string | PersonalValue): string {
    if (typeof value !== 'string' && value.kind !== kind) {
      throw new TypeError(`a ${value.kind} value cannot be indexed as ${kind}`);
    }
    const clear = typeof value === 'string' ? normalise(kind, value) : clearValueOf(value);
    const key = this.#indexKeys.get(kind);
    if (key === undefined) throw new TypeError(`no blind index for ${String(kind)}`);
    return createHmac('sha256', key)
      .update(clear, 'utf8')
      .digest()
      .subarray(0, BLIND_INDEX_BYTES)
      .toString('hex');
  }

  toJSON(): string {
    return `PersonalDataVault(current key "${this.#current.id}")`;
  }

  [inspect.custom](): string {
    return this.toJSON();
  }
}

/** The key id a stored value was sealed with (for a rotation job's progress). */
export function sealedKeyId(stored: string): string {
  return parseSealed(stored).keyId;
}

function parseSealed(stored: string): { keyId: string; header: string; payload: Buffer } {
  const parts = stored.split('.');
  const [version, keyId, body] = parts;
  if (parts.length !== 3 || version === undefined || keyId === undefined || body === undefined) {
    throw new PersonalDataError('malformed', 'not a sealed personal data value');
  }
  if (version !== SEALED_VERSION) {
    throw new PersonalDataError('unsupported-version', `unsupported sealed format "${version}"`);
  }
  if (!/^[A-Za-z0-9_-]+$/.test(body) || !/^[A-Za-z0-9_-]{1,32}$/.test(keyId)) {
    throw new PersonalDataError('malformed', 'not a sealed personal data value');
  }
  return { keyId, header: `${version}.${keyId}.`, payload: Buffer.from(body, 'base64url') };
}

// The header is authenticated too; it ends with '.', and key ids hold no '.', so header and
// context cannot be re-split another way.
function associatedData(header: string, context: string): Buffer {
  return Buffer.from(header + context, 'utf8');
}

function requireContext(context: string): void {
  if (context.trim() === '') {
    throw new PersonalDataError('invalid-input', 'a context (field and record) is required');
  }
}
