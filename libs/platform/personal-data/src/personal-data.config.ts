import { timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigError, type ConfigOf, type Variable } from '@gov/config';

export const KEYS_VARIABLE = 'PERSONAL_DATA_KEYS';
export const INDEX_KEY_VARIABLE = 'PERSONAL_DATA_INDEX_KEY';
const KEY_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+)$/;

// INSECURE, development and tests only: public in this repository, refused when NODE_ENV=production.
// Each decodes to readable ASCII saying so.
const DEV_ENCRYPTION_KEY = Buffer.from('INSECURE-DEV-ONLY-PD-ENCRYPT-KEY').toString('base64');
const DEV_INDEX_KEY = Buffer.from('INSECURE-DEV-ONLY-PD-INDEX-KEY!!').toString('base64');
export const DEV_PERSONAL_DATA_KEYS = `dev:${DEV_ENCRYPTION_KEY}`;
export const DEV_PERSONAL_DATA_INDEX_KEY = DEV_INDEX_KEY;
const DEV_KEYS = [DEV_ENCRYPTION_KEY, DEV_INDEX_KEY].map((key) => Buffer.from(key, 'base64'));

/** One encryption key of the keyring. */
export interface KeyringEntry {
  readonly id: string;
  readonly key: Buffer;
}

/**
 * A parsed key variable. Parsing never throws: `loadConfig` quotes a rejected value in its
 * message, and key material must not reach a boot log. Problems are kept (without the value) and
 * `createPersonalDataVault` reports them as a ConfigError naming the variable. Logging the
 * setting shows only the key ids.
 */
export class KeySetting<T> {
  constructor(
    readonly variable: string,
    readonly parsed:
      | { readonly ok: true; readonly value: T }
      | { readonly ok: false; readonly problems: readonly string[] },
  ) {}

  toJSON(): string {
    return `[${this.variable}: redacted]`;
  }

  [inspect.custom](): string {
    return this.toJSON();
  }
}

/** PERSONAL_DATA_KEYS: `id:base64key` entries, comma-separated, the current (encrypting) key first. */
export function keyringVariable(name: string): Variable<KeySetting<readonly KeyringEntry[]>> {
  return {
    name,
    description:
      'Encryption keys of personal data: comma-separated id:base64 (32 bytes each, e.g. ' +
      '`k2:$(openssl rand -base64 32)`); the first encrypts, all decrypt. The default is a ' +
      'public development key, refused when NODE_ENV=production',
    defaultValue: DEV_PERSONAL_DATA_KEYS,
    parse: (raw) => new KeySetting(name, parseKeyring(name, raw)),
  };
}

/** PERSONAL_DATA_INDEX_KEY: one base64 key (32 bytes) for the blind indexes. */
export function indexKeyVariable(name: string): Variable<KeySetting<Buffer>> {
  return {
    name,
    description:
      'Key of the blind indexes that find personal data (base64, 32 bytes, e.g. ' +
      '`openssl rand -base64 32`), distinct from the encryption keys; changing it means re-indexing. ' +
      'The default is a public development key, refused when NODE_ENV=production',
    defaultValue: DEV_PERSONAL_DATA_INDEX_KEY,
    parse: (raw) => {
      const key = decodeKey(raw.trim());
      return new KeySetting(
        name,
        typeof key === 'string'
          ? { ok: false, problems: [`${name}: ${key}`] }
          : { ok: true, value: key },
      );
    },
  };
}

/** The keys of personal data, to compose into a service's configuration. */
export const personalDataFragment = {
  personalDataKeys: keyringVariable(KEYS_VARIABLE),
  personalDataIndexKey: indexKeyVariable(INDEX_KEY_VARIABLE),
} as const;

export type PersonalDataConfig = ConfigOf<typeof personalDataFragment>;

/** The validated keys: the keyring (current first) and the index key. */
export interface PersonalDataKeys {
  readonly keyring: readonly KeyringEntry[];
  readonly indexKey: Buffer;
}

/**
 * Checks the parsed settings and, under NODE_ENV=production, refuses the development keys. Throws a
 * ConfigError naming each variable at fault (never its value).
 */
export function personalDataKeysFrom(
  config: PersonalDataConfig,
  env: NodeJS.ProcessEnv = process.env,
): PersonalDataKeys {
  const { personalDataKeys: keys, personalDataIndexKey: index } = config;
  const problems = [
    ...(keys.parsed.ok ? [] : keys.parsed.problems),
    ...(index.parsed.ok ? [] : index.parsed.problems),
  ];
  if (!keys.parsed.ok || !index.parsed.ok) throw new ConfigError(problems);
  const keyring = keys.parsed.value;
  const indexKey = index.parsed.value;
  if (env.NODE_ENV === 'production') {
    for (const entry of keyring.filter(({ key }) => isDevKey(key))) {
      problems.push(
        `${keys.variable}: key "${entry.id}" is the public development key, refused when ` +
          `NODE_ENV=production; set ${keys.variable}=<id>:$(openssl rand -base64 32)`,
      );
    }
    if (isDevKey(indexKey)) {
      problems.push(
        `${index.variable} is unset or the public development key, refused when ` +
          `NODE_ENV=production; set ${index.variable}=$(openssl rand -base64 32)`,
      );
    }
  }
  if (keyring.some(({ key }) => sameKey(key, indexKey))) {
    problems.push(`${index.variable} must differ from every key of ${keys.variable}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return { keyring, indexKey };
}

function parseKeyring(name: string, raw: string): KeySetting<readonly KeyringEntry[]>['parsed'] {
  const problems: string[] = [];
  const entries: KeyringEntry[] = [];
  raw.split(',').forEach((part, index) => {
    const where = `${name} entry ${index + 1}`;
    const colon = part.indexOf(':');
    const id = colon === -1 ? '' : part.slice(0, colon).trim();
    if (!KEY_ID.test(id)) {
      problems.push(`${where}: expected id:base64key with an id of 1–32 letters, digits, - or _`);
      return;
    }
    if (entries.some((entry) => entry.id === id)) {
      problems.push(`${where}: key id "${id}" appears twice`);
      return;
    }
    const key = decodeKey(part.slice(colon + 1).trim());
    if (typeof key === 'string') problems.push(`${where} (id "${id}"): ${key}`);
    else entries.push({ id, key });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: entries };
}

/** The key, or what is wrong with it (never quoting it). */
function decodeKey(text: string): Buffer | string {
  if (!BASE64.test(text)) return `expected base64 of ${KEY_BYTES} random bytes`;
  const key = Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
  if (key.length !== KEY_BYTES) {
    return `expected ${KEY_BYTES} bytes (e.g. openssl rand -base64 32), got ${key.length}`;
  }
  return key;
}

function isDevKey(key: Buffer): boolean {
  return DEV_KEYS.some((dev) => sameKey(dev, key));
}

function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}
