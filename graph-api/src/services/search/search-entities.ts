// Search over organisations, capabilities and hubs: builds the index queries from the text, runs
// search-entities (which ranks) and says which stored name or alias matched.
import type { QueryRunner } from '@siheung/core/db';
import type { SearchMatch, SearchResultKind } from '../../generated/resolvers-types.ts';
import { isChoseongQuery, keysOfName, normalizeText } from '@siheung/core/search-key';
import { toLuceneQuery } from './lucene-query.ts';

export interface SearchRequest {
  text: string;
  kinds: SearchResultKind[] | null;
  first: number;
}

export interface SearchHit {
  kind: SearchResultKind;
  id: string;
  name: string;
  nameEn: string;
  match: SearchMatch;
  matchedText: string | null;
  score: number;
}

interface SearchRow {
  kind: SearchResultKind;
  id: string;
  name: string;
  nameEn: string;
  aliases: string[] | null;
  match: SearchMatch;
  key: string | null;
  score: number;
}

/** The parameters of search-entities: a 초성-only text searches initial consonants, any other the names. */
export function searchParams({ text, kinds, first }: SearchRequest) {
  const choseong = isChoseongQuery(text) ? text.replace(/\s+/g, '') : null;
  return {
    text: choseong === null ? normalizeText(text) : null,
    choseong,
    lucene: choseong === null ? toLuceneQuery(text) : null,
    kinds,
    first,
  };
}

/** The stored name or alias a search key came from (its normalised form, romanisation or 초성), if any. */
export function matchedName(names: readonly string[], key: string | null): string | null {
  if (key === null) return null;
  return (
    names.find((name) => {
      const keys = keysOfName(name);
      return keys.text === key || keys.romanized === key || keys.choseong === key;
    }) ?? null
  );
}

export async function searchEntities(tx: QueryRunner, request: SearchRequest): Promise<SearchHit[]> {
  const rows = (await tx.run('search-entities', searchParams(request))) as unknown as SearchRow[];
  return rows.map(({ aliases, key, ...row }) => ({
    ...row,
    matchedText: matchedName([row.name, row.nameEn, ...(aliases ?? [])], key),
  }));
}
