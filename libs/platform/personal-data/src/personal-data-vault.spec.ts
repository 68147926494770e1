import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { PersonalDataError } from './personal-data.error';
import { PersonalDataVault, sealedKeyId } from './personal-data-vault';
import { PersonalValue } from './personal-value';

const ID = '33010219900101123X';
const CONTEXT = 'cases.applicant.id_number:0192f0c4-7c1a-7000-8000-000000000001';
const OTHER_CASE = 'cases.applicant.id_number:0192f0c4-7c1a-7000-8000-000000000002';

const key = () => randomBytes(32);
/** The reason of the PersonalDataError that `act` throws. */
function reasonOf(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    if (error instanceof PersonalDataError) return error.reason;
    throw error;
  }
  throw new Error('expected a PersonalDataError');
}

function messageOf(act: () => unknown): string {
  try {
    act();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error');
}

const vaultWith = (keyring: { id: string; key: Buffer }[], indexKey = key()) =>
  new PersonalDataVault({ keyring, indexKey });

describe('PersonalDataVault encryption', () => {
  const vault = vaultWith([{ id: 'k1', key: key() }]);

  it('decrypts what it encrypted for the same context', () => {
    expect(vault.decrypt(vault.encrypt(ID, CONTEXT), CONTEXT)).toBe(ID);
  });

  it('round-trips any well-formed text, Chinese and astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (plain) => {
        expect(vault.decrypt(vault.encrypt(plain, CONTEXT), CONTEXT)).toBe(plain);
      }),
    );
  });

  it('stores pd1.<key id>.<base64url of nonce, ciphertext and tag>', () => {
    const stored = vault.encrypt(ID, CONTEXT);
    expect(stored).toMatch(/^pd1\.k1\.[A-Za-z0-9_-]+$/);
    expect(Buffer.from(stored.split('.')[2] ?? '', 'base64url')).toHaveLength(12 + 18 + 16);
    expect(stored).not.toContain(ID);
  });

  it('gives a different ciphertext each time for the same value', () => {
    const sealed = new Set(Array.from({ length: 50 }, () => vault.encrypt(ID, CONTEXT)));
    expect(sealed.size).toBe(50);
  });

  it('refuses a ciphertext copied into another record', () => {
    const stored = vault.encrypt(ID, CONTEXT);
    expect(reasonOf(() => vault.decrypt(stored, OTHER_CASE))).toBe('not-authentic');
    expect(reasonOf(() => vault.decrypt(stored, 'cases.applicant.phone:0192f0c4'))).toBe(
      'not-authentic',
    );
  });

  it('refuses any altered byte of the nonce, ciphertext or tag', () => {
    const stored = vault.encrypt(ID, CONTEXT);
    const [version, keyId, body] = stored.split('.') as [string, string, string];
    const bytes = Buffer.from(body, 'base64url');
    for (let at = 0; at < bytes.length; at += 1) {
      const altered = Buffer.from(bytes);
      altered[at] = (altered[at] ?? 0) ^ 0x01;
      const tampered = `${version}.${keyId}.${altered.toString('base64url')}`;
      expect(reasonOf(() => vault.decrypt(tampered, CONTEXT))).toBe('not-authentic');
    }
  });

  it('refuses a truncated value, another format and an unknown key, each by its reason', () => {
    const stored = vault.encrypt(ID, CONTEXT);
    const opening = (value: string) => reasonOf(() => vault.decrypt(value, CONTEXT));
    expect(opening(stored.slice(0, 20))).toBe('malformed');
    expect(opening(stored.slice(0, -4))).toBe('not-authentic');
    expect(opening(ID)).toBe('malformed');
    expect(opening(stored.replace(/^pd1/, 'pd2'))).toBe('unsupported-version');
    expect(opening(stored.replace('.k1.', '.k9.'))).toBe('unknown-key');
    expect(opening(stored.replace('.k1.', '.k1.!'))).toBe('malformed');
  });

  it('never puts the clear value in an error message', () => {
    const stored = vault.encrypt(ID, CONTEXT);
    expect(messageOf(() => vault.decrypt(stored, OTHER_CASE))).not.toContain(ID);
  });

  it('refuses lone surrogates instead of storing a changed value, and an empty context', () => {
    expect(reasonOf(() => vault.encrypt('\ud800', CONTEXT))).toBe('invalid-input');
    expect(reasonOf(() => vault.encrypt(ID, ' '))).toBe('invalid-input');
  });
});

describe('PersonalDataVault key rotation', () => {
  const old = { id: 'k1', key: key() };
  const next = { id: 'k2', key: key() };
  const indexKey = key();

  it('still opens values sealed with an older key and seals new ones with the current key', () => {
    const before = vaultWith([old], indexKey).encrypt(ID, CONTEXT);
    const rotated = vaultWith([next, old], indexKey);
    expect(rotated.decrypt(before, CONTEXT)).toBe(ID);
    expect(rotated.needsRotation(before)).toBe(true);
    const after = rotated.encrypt(ID, CONTEXT);
    expect(sealedKeyId(after)).toBe('k2');
    expect(rotated.needsRotation(after)).toBe(false);
    expect(rotated.currentKeyId).toBe('k2');
  });

  it('cannot open a value once its key has left the keyring', () => {
    const before = vaultWith([old]).encrypt(ID, CONTEXT);
    expect(reasonOf(() => vaultWith([next]).decrypt(before, CONTEXT))).toBe('unknown-key');
  });

  it('refuses a value whose key id was swapped for another key of the ring', () => {
    const sealed = vaultWith([old]).encrypt(ID, CONTEXT);
    expect(
      reasonOf(() => vaultWith([next, old]).decrypt(sealed.replace('.k1.', '.k2.'), CONTEXT)),
    ).toBe('not-authentic');
  });
});

describe('PersonalDataVault blind index', () => {
  const indexKey = key();
  const vault = vaultWith([{ id: 'k1', key: key() }], indexKey);

  it('is the same for every sealing of a value: 16 hex characters', () => {
    const index = vault.blindIndex('resident-id', ID);
    expect(index).toMatch(/^[0-9a-f]{16}$/);
    expect(vaultWith([{ id: 'k2', key: key() }], indexKey).blindIndex('resident-id', ID)).toBe(
      index,
    );
  });

  it('matches the value however it was typed', () => {
    expect(vault.blindIndex('resident-id', '330102 19900101 123x')).toBe(
      vault.blindIndex('resident-id', ID),
    );
    expect(vault.blindIndex('phone', '+86 138-1234-5678')).toBe(
      vault.blindIndex('phone', '13812345678'),
    );
    expect(vault.blindIndex('credit-code', '91330106ma2abcde1x')).toBe(
      vault.blindIndex('credit-code', '91330106MA2ABCDE1X'),
    );
  });

  it('differs between kinds for the same characters', () => {
    const digits = '13812345678';
    const indexes = new Set(
      (['resident-id', 'phone', 'credit-code'] as const).map((kind) =>
        vault.blindIndex(kind, digits),
      ),
    );
    expect(indexes.size).toBe(3);
  });

  it('differs under another index key', () => {
    const other = vaultWith([{ id: 'k1', key: key() }]);
    expect(other.blindIndex('resident-id', ID)).not.toBe(vault.blindIndex('resident-id', ID));
  });

  it('indexes a PersonalValue of the same kind like its clear value', () => {
    const value = PersonalValue.of('phone', '+86 138 1234 5678');
    expect(vault.blindIndex('phone', value)).toBe(vault.blindIndex('phone', '13812345678'));
    expect(() => vault.blindIndex('resident-id', value)).toThrow(TypeError);
  });
});

describe('PersonalDataVault with PersonalValue', () => {
  const vault = vaultWith([{ id: 'k1', key: key() }]);

  it('seals a PersonalValue and opens it as one, masked, naming where it came from', () => {
    const stored = vault.seal(PersonalValue.of('resident-id', '33010219900101123x'), CONTEXT);
    const opened = vault.open('resident-id', stored, CONTEXT);
    expect(String(opened)).toBe('330102********123X');
    expect(opened.source).toBe(CONTEXT);
    expect(opened.reveal({ subject: 'clerk-1' }, 'acceptance').value).toBe(ID);
  });

  it('shows neither keys nor values when logged', () => {
    expect(JSON.stringify({ vault })).toBe('{"vault":"PersonalDataVault(current key \\"k1\\")"}');
  });
});
