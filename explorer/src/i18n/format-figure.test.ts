// Checks how the dashboard writes numbers: grouped counts, three significant digits for ratios, percentages, signs.
import { describe, expect, it } from 'vitest';
import { formatFigure } from './format-figure';

describe('formatFigure', () => {
  it('writes counts grouped, ratios with three significant digits and shares as percentages', () => {
    expect(formatFigure(12345, 'count', 'en')).toBe('12,345');
    expect(formatFigure(0.0123456, 'ratio', 'ko')).toBe('0.0123');
    expect(formatFigure(0.875, 'share', 'en')).toBe('87.5%');
    expect(formatFigure(2.3456, 'decimal', 'en')).toBe('2.35');
    expect(formatFigure(0, 'ratio', 'en')).toBe('0');
  });

  it('signs changes and writes a missing value as a dash', () => {
    expect(formatFigure(0.0042, 'ratio', 'en', true)).toBe('+0.00420');
    expect(formatFigure(-2, 'count', 'en', true)).toBe('-2');
    expect(formatFigure(0, 'count', 'en', true)).toBe('0');
    expect(formatFigure(null, 'ratio', 'en')).toBe('—');
  });
});
