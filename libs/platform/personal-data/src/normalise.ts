import { type PersonalDataKind } from './personal-data-kind';

// Chinese input methods often type full-width digits and letters (１３８, ｘ); NFKC folds them to
// ASCII. Spaces include the ideographic space U+3000, which NFKC folds to a plain space.
const WHITESPACE = /\s+/gu;
const PHONE_SEPARATORS = /[\s\-().]/gu;
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;
const COUNTRY_CODE = /^(?:\+|00)86/;

/**
 * The canonical form of a value of `kind`: what is stored, indexed and masked, so the same person
 * typed two ways gives the same blind index. Total: it never validates (the service validates with
 * @gov/identifiers first); a value that is not of the kind just normalises to something unmatched.
 *
 * - resident ID: NFKC, whitespace removed, upper-cased (a lower-case check `x` becomes `X`);
 * - phone: NFKC, spaces, dashes, dots and brackets removed; a mainland number in its domestic form
 *   (`+86`/`0086`/`86` before a mobile dropped, `+86 571 …` becomes `0571…`, a `(0)` trunk digit
 *   after the country code dropped); other countries keep `+` and digits (`+85221234567`);
 * - credit code: NFKC, whitespace removed, upper-cased;
 * - name: NFKC, trimmed, inner runs of whitespace collapsed to one space.
 */
export function normalise(kind: PersonalDataKind, value: string): string {
  const folded = value.normalize('NFKC');
  switch (kind) {
    case 'resident-id':
    case 'credit-code':
      return folded.replace(WHITESPACE, '').toUpperCase();
    case 'phone':
      return normalisePhone(folded);
    case 'name':
      return folded.trim().replace(WHITESPACE, ' ');
  }
}

function normalisePhone(folded: string): string {
  const compact = folded.replace(PHONE_SEPARATORS, '');
  if (COUNTRY_CODE.test(compact)) {
    const national = compact.replace(COUNTRY_CODE, '').replace(/^0/, '');
    return MAINLAND_MOBILE.test(national) ? national : `0${national}`;
  }
  // 86 without + or 00 is only recognisable before a mobile number (13 digits in all).
  if (/^861[3-9]\d{9}$/.test(compact)) return compact.slice(2);
  if (compact.startsWith('00')) return `+${compact.slice(2)}`;
  return compact;
}
