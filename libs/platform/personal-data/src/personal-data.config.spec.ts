import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { ConfigError, loadConfig } from '@gov/config';
import {
  DEV_PERSONAL_DATA_INDEX_KEY,
  DEV_PERSONAL_DATA_KEYS,
  personalDataFragment,
  personalDataKeysFrom,
} from './personal-data.config';
import { PersonalDataVault } from './personal-data-vault';

const base64Key = () => randomBytes(32).toString('base64');

/** Loads the fragment from `env` and validates it as a service does at boot. */
function boot(env: NodeJS.ProcessEnv) {
  return personalDataKeysFrom(loadConfig(personalDataFragment, env), env);
}

function bootProblems(env: NodeJS.ProcessEnv): string {
  try {
    boot(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('personal data keys from the environment', () => {
  it('uses the marked development keys when nothing is set outside production', () => {
    const keys = boot({});
    expect(keys.keyring.map(({ id }) => id)).toEqual(['dev']);
    expect(keys.keyring[0]?.key.toString()).toContain('INSECURE-DEV-ONLY');
    expect(keys.indexKey.toString()).toContain('INSECURE-DEV-ONLY');
  });

  it('reads a keyring, current key first, and the index key', () => {
    const [k2, k1, index] = [base64Key(), base64Key(), base64Key()];
    const keys = boot({ PERSONAL_DATA_KEYS: `k2:${k2}, k1:${k1}`, PERSONAL_DATA_INDEX_KEY: index });
    expect(keys.keyring.map(({ id }) => id)).toEqual(['k2', 'k1']);
    expect(keys.keyring[0]?.key.toString('base64')).toBe(k2);
    expect(keys.indexKey.toString('base64')).toBe(index);
  });

  it('accepts base64url keys too', () => {
    const key = randomBytes(32).toString('base64url');
    const env = { PERSONAL_DATA_KEYS: `k1:${key}`, PERSONAL_DATA_INDEX_KEY: base64Key() };
    expect(boot(env).keyring[0]?.key.toString('base64url')).toBe(key);
  });

  it('refuses the development keys when NODE_ENV=production, naming both variables', () => {
    const message = bootProblems({ NODE_ENV: 'production' });
    expect(message).toMatch(/PERSONAL_DATA_KEYS: key "dev" is the public development key/);
    expect(message).toMatch(/PERSONAL_DATA_INDEX_KEY is unset or the public development key/);
  });

  it('refuses a development key set explicitly in production, even under another id', () => {
    const devKey = DEV_PERSONAL_DATA_KEYS.split(':')[1] ?? '';
    const message = bootProblems({
      NODE_ENV: 'production',
      PERSONAL_DATA_KEYS: `k9:${devKey}`,
      PERSONAL_DATA_INDEX_KEY: DEV_PERSONAL_DATA_INDEX_KEY,
    });
    expect(message).toContain('key "k9" is the public development key');
    expect(message).toContain('PERSONAL_DATA_INDEX_KEY');
  });

  it('boots in production with real keys', () => {
    const env = {
      NODE_ENV: 'production',
      PERSONAL_DATA_KEYS: `k1:${base64Key()}`,
      PERSONAL_DATA_INDEX_KEY: base64Key(),
    };
    expect(PersonalDataVault.fromConfig(loadConfig(personalDataFragment, env), env)).toBeDefined();
  });

  it('reports a key of the wrong length without ever quoting it', () => {
    const short = randomBytes(31).toString('base64');
    const message = bootProblems({
      PERSONAL_DATA_KEYS: `k2:${base64Key()},k1:${short}`,
      PERSONAL_DATA_INDEX_KEY: short,
    });
    expect(message).toContain('PERSONAL_DATA_KEYS entry 2 (id "k1"): expected 32 bytes');
    expect(message).toContain('PERSONAL_DATA_INDEX_KEY: expected 32 bytes');
    expect(message).toContain('got 31');
    expect(message).not.toContain(short);
  });

  it('reports entries without an id, with a repeated id, or not in base64', () => {
    const key = base64Key();
    const message = bootProblems({
      PERSONAL_DATA_KEYS: `${key},k1:${key},k1:${key},k2:not base64!`,
      PERSONAL_DATA_INDEX_KEY: base64Key(),
    });
    expect(message).toContain('PERSONAL_DATA_KEYS entry 1: expected id:base64key');
    expect(message).toContain('PERSONAL_DATA_KEYS entry 3: key id "k1" appears twice');
    expect(message).toContain('PERSONAL_DATA_KEYS entry 4 (id "k2"): expected base64');
    expect(message).not.toContain(key);
  });

  it('refuses an index key that is also an encryption key', () => {
    const key = base64Key();
    const message = bootProblems({ PERSONAL_DATA_KEYS: `k1:${key}`, PERSONAL_DATA_INDEX_KEY: key });
    expect(message).toContain('PERSONAL_DATA_INDEX_KEY must differ from every key');
  });

  it('never shows key material when the loaded configuration is logged', () => {
    const key = base64Key();
    const config = loadConfig(personalDataFragment, {
      PERSONAL_DATA_KEYS: `k1:${key}`,
      PERSONAL_DATA_INDEX_KEY: base64Key(),
    });
    for (const text of [JSON.stringify(config), inspect(config, { depth: 10 })]) {
      expect(text).toContain('redacted');
      expect(text).not.toContain(key);
    }
  });
});
