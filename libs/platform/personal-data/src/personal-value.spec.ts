import { Console } from 'node:console';
import { Writable } from 'node:stream';
import { format, inspect } from 'node:util';
import fc from 'fast-check';
import pino from 'pino';
import { PersonalValue } from './personal-value';

const ID = '33010219900101123X';
const MASKED = '330102********123X';

/** Everything written through a real Console or pino, as text. */
function capture(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return { stream, text: () => chunks.join('') };
}

describe('PersonalValue', () => {
  const value = PersonalValue.of('resident-id', ID, 'cases.applicant.id_number:c-1');

  it('serialises to its masked form in JSON, alone or nested', () => {
    expect(JSON.stringify(value)).toBe(`"${MASKED}"`);
    expect(JSON.stringify({ applicant: { idNumber: value } })).toBe(
      `{"applicant":{"idNumber":"${MASKED}"}}`,
    );
  });

  it('shows its masked form in template literals, concatenation and String()', () => {
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- the accident this guards against
    expect(`${value}`).toBe(MASKED);
    // eslint-disable-next-line @typescript-eslint/restrict-plus-operands -- likewise
    expect('ID ' + value).toBe(`ID ${MASKED}`);
    expect(String(value)).toBe(MASKED);
  });

  it('shows its masked form to util.inspect and util.format, whatever the options', () => {
    const shown = [
      inspect(value),
      inspect({ nested: [value] }, { depth: 10 }),
      inspect(value, { showHidden: true, customInspect: false, getters: true }),
      format('%s %o %O %j', value, value, value, value),
    ];
    for (const text of shown) expect(text).not.toContain(ID.slice(6, 14));
    expect(inspect(value)).toBe(`PersonalValue<resident-id>(${MASKED})`);
  });

  it('never reaches a console.log or a pino log line in clear', () => {
    const consoleOut = capture();
    new Console(consoleOut.stream).log('applicant', value, { value });
    const pinoOut = capture();
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- the accident this guards against
    pino(pinoOut.stream).info({ applicant: { idNumber: value } }, `looked up ${value}`);
    for (const text of [consoleOut.text(), pinoOut.text()]) {
      expect(text).toContain(MASKED);
      expect(text).not.toContain(ID);
    }
  });

  it('keeps the clear value out of its own properties, spreads and clones', () => {
    const everything = JSON.stringify([
      Object.entries(value),
      Object.getOwnPropertyNames(value).map((name) => String(Reflect.get(value, name))),
      { ...value },
      structuredClone({ ...value }),
    ]);
    expect(everything).not.toContain(ID);
  });

  it('gives the clear value only with an access record of who, why, when and which value', () => {
    const { value: clear, access } = value.reveal(
      { subject: 'clerk-7', role: 'clerk' },
      'handling case c-1',
      new Date('2026-03-02T01:02:03Z'),
    );
    expect(clear).toBe(ID);
    expect(access).toEqual({
      kind: 'resident-id',
      source: 'cases.applicant.id_number:c-1',
      masked: MASKED,
      viewer: { subject: 'clerk-7', role: 'clerk' },
      purpose: 'handling case c-1',
      at: '2026-03-02T01:02:03.000Z',
    });
    expect(JSON.stringify(access)).not.toContain(ID);
  });

  it('refuses to reveal without a viewer or a purpose', () => {
    expect(() => value.reveal({ subject: '' }, 'x')).toThrow(TypeError);
    expect(() => value.reveal({ subject: 'clerk-7' }, '  ')).toThrow(TypeError);
  });

  it('normalises what it wraps and compares values without revealing them', () => {
    const typed = PersonalValue.of('phone', '+86 138-1234-5678');
    expect(String(typed)).toBe('138****5678');
    expect(typed.equals(PersonalValue.of('phone', '13812345678'))).toBe(true);
    expect(typed.equals(PersonalValue.of('phone', '13812345679'))).toBe(false);
    expect(typed.equals(PersonalValue.of('resident-id', '13812345678'))).toBe(false);
  });

  it('never shows the digits masked out of any 18-character ID, however it is printed', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{17}[\dX]$/), (id) => {
        const wrapped = PersonalValue.of('resident-id', id);
        const hidden = id.slice(6, 14);
        for (const text of [JSON.stringify(wrapped), String(wrapped), inspect(wrapped)]) {
          expect(text).not.toContain(hidden);
        }
      }),
    );
  });
});
