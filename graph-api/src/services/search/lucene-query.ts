// Turns a user's search text into a Lucene query for the full-text indexes: every word required, small English
// typos tolerated (term~1), the last word also as a prefix (as-you-type). User text never reaches Lucene's syntax.
import { normalizeText } from '@siheung/core/search-key';

/** Lucene's query-syntax characters; a backslash before one makes it a literal. */
const LUCENE_SPECIAL = /[+\-!(){}[\]^"~*?:\\/&|]/g;

/** Words longer than this are typed with care: one edit (Damerau-Levenshtein) is allowed from 4 letters on. */
const FUZZY_MIN_LENGTH = 4;
/** More words than this add little and make the query slow; the rest are ignored. */
const MAX_WORDS = 8;
const LATIN_WORD = /^[a-z]+$/;

export function escapeLucene(term: string): string {
  return term.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** The words of a text as the full-text index sees them: letters and digits, lower-case. */
export function searchWords(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .slice(0, MAX_WORDS);
}

/**
 * A Lucene query requiring every word of `text` (escaped), or null when the text has no words. Lower-case words
 * cannot be Lucene's AND/OR/NOT operators, and escaping keeps any other syntax literal.
 */
export function toLuceneQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words
    .map((word, index) => {
      const term = escapeLucene(word);
      const isLast = index === words.length - 1;
      const variants = [LATIN_WORD.test(word) && word.length >= FUZZY_MIN_LENGTH ? `${term}~1` : term];
      if (isLast && LATIN_WORD.test(word) && word.length >= 2) variants.push(`${term}*`);
      return variants.length === 1 ? `+${variants[0]}` : `+(${variants.join(' ')})`;
    })
    .join(' ');
}
