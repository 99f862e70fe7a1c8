// Numbers as the dashboard shows them, in the language's locale: counts, ratios, shares and signed changes.
import { LOCALES, type Language } from './language';

export type FigureStyle = 'count' | 'decimal' | 'ratio' | 'share';

/** count: 1,234 · decimal: 2.35 · ratio (density, clustering, modularity…): 0.0123 · share: 87.5% */
export function formatFigure(value: number | null, style: FigureStyle, language: Language, signed = false): string {
  if (value === null || !Number.isFinite(value)) return '—';
  const options: Intl.NumberFormatOptions =
    style === 'count'
      ? { maximumFractionDigits: 0 }
      : style === 'decimal'
        ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
        : style === 'share'
          ? { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }
          : { minimumSignificantDigits: 3, maximumSignificantDigits: 3 };
  if (signed) options.signDisplay = 'exceptZero';
  if (style === 'ratio' && value === 0) return signed ? '0' : (0).toLocaleString(LOCALES[language]);
  return new Intl.NumberFormat(LOCALES[language], options).format(value);
}
