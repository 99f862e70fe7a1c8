// Normalised search keys for an organisation, computed whenever it is written: lower-case names and
// their romanisation (so "baegot" finds 배곧) and Hangul initial consonants (so ㅅㅇㄷ finds 서울대).
import { getChoseong, romanize } from 'es-hangul';

const HANGUL = /[\uAC00-\uD7A3]/;
const CHOSEONG_ONLY = /^[\u3131-\u314E\s]+$/;

export interface NamedThing {
  name: string;
  nameEn?: string | null;
  aliases?: readonly string[] | null;
}

export interface SearchKeys {
  /** name, English name, aliases and romanised Korean, lower-cased, separated by " | ". */
  searchText: string;
  /** Initial consonants of every Korean name and alias, spaces removed, separated by " ". */
  searchChoseong: string;
  /** Aliases joined for the full-text index. */
  aliasText: string;
}

export function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

export function isChoseongQuery(text: string): boolean {
  return CHOSEONG_ONLY.test(text) && text.trim().length > 0;
}

/** What one name or alias contributes to the search keys. */
export interface NameKeys {
  /** The name normalised (NFC, lower-case, single spaces). */
  text: string;
  /** Its romanisation, for Korean names (배곧 → baegot); null otherwise. */
  romanized: string | null;
  /** Its initial consonants without spaces, for Korean names (서울대 → ㅅㅇㄷ); null otherwise. */
  choseong: string | null;
}

export function keysOfName(name: string): NameKeys {
  const text = normalizeText(name);
  if (!HANGUL.test(text)) return { text, romanized: null, choseong: null };
  return { text, romanized: normalizeText(romanize(text)), choseong: getChoseong(text).replace(/\s+/g, '') };
}

export function computeSearchKeys(thing: NamedThing): SearchKeys {
  const keys = [thing.name, thing.nameEn ?? '', ...(thing.aliases ?? [])]
    .map(keysOfName)
    .filter((key) => key.text !== '');
  const present = (values: Array<string | null>): string[] => [
    ...new Set(values.filter((value): value is string => value !== null)),
  ];
  return {
    searchText: present([...keys.map((key) => key.text), ...keys.map((key) => key.romanized)]).join(' | '),
    searchChoseong: present(keys.map((key) => key.choseong)).join(' '),
    aliasText: (thing.aliases ?? []).join(' | '),
  };
}
