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

export function computeSearchKeys(thing: NamedThing): SearchKeys {
  const names = [thing.name, thing.nameEn ?? '', ...(thing.aliases ?? [])].map(normalizeText).filter(Boolean);
  const korean = names.filter((name) => HANGUL.test(name));
  const romanized = korean.map((name) => normalizeText(romanize(name)));
  const unique = (values: string[]): string[] => [...new Set(values)];
  return {
    searchText: unique([...names, ...romanized]).join(' | '),
    searchChoseong: unique(korean.map((name) => getChoseong(name).replace(/\s+/g, ''))).join(' '),
    aliasText: (thing.aliases ?? []).join(' | '),
  };
}
