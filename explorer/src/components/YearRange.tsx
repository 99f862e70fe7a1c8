// The year-range filter: two year choices over the years the view's links span ("any" at either end).
import { useId } from 'react';
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useDispatch } from '../state/store-context';
import { useYearSpan } from './use-view-payload';

interface YearRangeProps {
  language: Language;
  from: number | null;
  to: number | null;
}

export function YearRange({ language, from, to }: YearRangeProps) {
  const dispatch = useDispatch();
  const span = useYearSpan();
  const ids = { from: useId(), to: useId() };
  const t = messages[language];
  const thisYear = new Date().getFullYear();
  const first = Math.min(span?.first ?? thisYear, from ?? Infinity, to ?? Infinity);
  const last = Math.max(span?.last ?? thisYear, from ?? -Infinity, to ?? -Infinity);
  const years = Array.from({ length: last - first + 1 }, (_, index) => first + index);
  const parse = (value: string) => (value === '' ? null : Number(value));

  return (
    <fieldset className="year-range" data-testid="filter-years">
      <legend className="checkbox-group__legend">{t.filterYears}</legend>
      <label htmlFor={ids.from}>{t.yearFrom}</label>
      <select
        id={ids.from}
        value={from ?? ''}
        onChange={(event) => dispatch(actions.setYearRange(parse(event.target.value), to))}
      >
        <option value="">{t.anyYear}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
      <label htmlFor={ids.to}>{t.yearTo}</label>
      <select
        id={ids.to}
        value={to ?? ''}
        onChange={(event) => dispatch(actions.setYearRange(from, parse(event.target.value)))}
      >
        <option value="">{t.anyYear}</option>
        {years.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
