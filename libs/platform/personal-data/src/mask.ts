import { maskResidentId } from '@gov/identifiers';
import { type PersonalDataKind } from './personal-data-kind';

// Two-character surnames (复姓) still met today; any other name keeps its first character only.
const COMPOUND_SURNAMES = new Set([
  ...['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙'],
  ...['宇文', '司徒', '夏侯', '轩辕', '端木', '独孤', '南宫', '西门', '申屠', '澹台', '太史'],
  ...['呼延', '万俟', '闻人', '赫连', '钟离', '宗政', '濮阳', '淳于', '单于', '公冶', '仲孙'],
]);

const PHONE_HEAD = 3;
const PHONE_TAIL = 4;
const CREDIT_CODE_LENGTH = 18;
// Positions 1–8 are the registration authority, the organisation type and the division: categories,
// not the organisation. Positions 9–16 (the organisation code) are hidden; the check pair stays.
const CREDIT_CODE_HEAD = 8;
const CREDIT_CODE_TAIL = 2;

/** A mobile or landline number with the middle hidden (`138****5678`); a short one entirely. */
export function maskPhone(value: string): string {
  const characters = [...value];
  if (characters.length < PHONE_HEAD + PHONE_TAIL + 1) return '*'.repeat(characters.length);
  return keepEnds(characters, PHONE_HEAD, PHONE_TAIL);
}

/** A unified social credit code with the organisation code hidden (`91330106********2X`). */
export function maskCreditCode(value: string): string {
  const characters = [...value];
  if (characters.length !== CREDIT_CODE_LENGTH) return '*'.repeat(characters.length);
  return keepEnds(characters, CREDIT_CODE_HEAD, CREDIT_CODE_TAIL);
}

/** A person's name with only the surname shown (`张*`, `欧阳**`); a one-character name as `*`. */
export function maskName(value: string): string {
  const characters = [...value];
  if (characters.length <= 1) return '*'.repeat(characters.length);
  const surname = characters.length > 2 && COMPOUND_SURNAMES.has(characters.slice(0, 2).join(''));
  const kept = surname ? 2 : 1;
  return characters.slice(0, kept).join('') + '*'.repeat(characters.length - kept);
}

/** The masked form of a (normalised) value of `kind`, as responses and logs may show it. */
export function maskPersonalData(kind: PersonalDataKind, value: string): string {
  switch (kind) {
    case 'resident-id':
      return maskResidentId(value);
    case 'phone':
      return maskPhone(value);
    case 'credit-code':
      return maskCreditCode(value);
    case 'name':
      return maskName(value);
  }
}

function keepEnds(characters: readonly string[], head: number, tail: number): string {
  return (
    characters.slice(0, head).join('') +
    '*'.repeat(characters.length - head - tail) +
    characters.slice(-tail).join('')
  );
}
