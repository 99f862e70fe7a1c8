// The page's languages (Korean first); the choice lives in the URL with the rest of the view (state/url-state.ts).

export const LANGUAGES = ['ko', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ko';

/** Each language is offered under its own name, whatever the current language is. */
export const LANGUAGE_NATIVE_NAMES: Record<Language, string> = { ko: '한국어', en: 'English' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function otherLanguage(language: Language): Language {
  return language === 'ko' ? 'en' : 'ko';
}

/** The locale for numbers and dates in each language. */
export const LOCALES: Record<Language, string> = { ko: 'ko-KR', en: 'en-GB' };

/** A name in the chosen language, falling back to the other when it is blank. */
export function localName(item: { name: string; nameEn: string }, language: Language): string {
  const [first, second] = language === 'en' ? [item.nameEn, item.name] : [item.name, item.nameEn];
  return first.trim() !== '' ? first : second;
}
