import { type ServiceGuide } from '@gov/contracts';

/**
 * The terms a text is indexed and searched by. Chinese has no spaces between words and PostgreSQL's
 * parsers and trigrams do not split it usefully (DESIGN.md §8), so Han text is indexed as its single
 * characters and overlapping character pairs, and Latin letters and digits as lower-case words.
 * A document holding every pair of a term nearly always holds the term itself (a search for
 * 营业执照 finds documents with 营业, 业执 and 执照), and two-character terms are matched exactly.
 */
const HAN_OR_WORD = /(\p{Script=Han}+)|([\p{L}\p{N}]+)/gu;

/** Every term of a document: Han unigrams and bigrams, Latin/digit words. */
export function documentTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const [, han, word] of normalise(text).matchAll(HAN_OR_WORD)) {
    if (han) {
      const characters = [...han];
      characters.forEach((character, index) => {
        terms.add(character);
        const next = characters[index + 1];
        if (next) terms.add(character + next);
      });
    } else if (word) {
      terms.add(word);
    }
  }
  return [...terms];
}

/**
 * The terms a query must all match: a single Han character as itself, a longer Han run as its
 * overlapping pairs, other words as they are. Empty when the query holds nothing searchable.
 */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const [, han, word] of normalise(query).matchAll(HAN_OR_WORD)) {
    if (han) {
      const characters = [...han];
      if (characters.length === 1) terms.add(han);
      characters
        .slice(1)
        .forEach((character, index) => terms.add(`${characters[index] ?? ''}${character}`));
    } else if (word) {
      terms.add(word);
    }
  }
  return [...terms];
}

function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The text a citizen searches: the name, conditions, materials, result and legal bases. */
export function searchableText(guide: ServiceGuide): string {
  return [
    guide.name,
    guide.category,
    guide.result.name,
    ...guide.conditions,
    ...guide.materials.map((material) => material.name),
    ...guide.legalBases.map((basis) => basis.law),
  ].join('\n');
}
