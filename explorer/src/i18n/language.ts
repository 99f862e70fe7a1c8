// The page's languages and how the choice lives in the URL (`?lang=en`; Korean, the default, has no parameter).

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ko';

/** Each language is offered under its own name, whatever the current language is. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

const PARAM = 'lang';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Reads the language from a URL query string such as `?lang=en`; anything else means the default. */
export function languageFromSearch(search: string): Language {
  const value = new URLSearchParams(search).get(PARAM)?.toLowerCase();
  return isLanguage(value) ? value : DEFAULT_LANGUAGE;
}

/** Returns the URL with the language set, keeping every other parameter and the hash. */
export function urlWithLanguage(href: string, language: Language): string {
  const url = new URL(href);
  if (language === DEFAULT_LANGUAGE) url.searchParams.delete(PARAM);
  else url.searchParams.set(PARAM, language);
  return url.toString();
}

export function otherLanguage(language: Language): Language {
  return language === 'ko' ? 'en' : 'ko';
}
