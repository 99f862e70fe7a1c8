// The graph the canvas shows now (the last one loaded), and the years its links span, for the panels around it.
import { useMemo } from 'react';
import type { GraphPayload } from '../api/api-types';
import { yearSpanOf } from '../graph/time-visibility';
import { useAppState } from '../state/store-context';

export function useViewPayload(): GraphPayload | null {
  return useAppState((state) => state.resources.view.data?.payload ?? null);
}

export function useYearSpan(): { first: number; last: number } | null {
  const payload = useViewPayload();
  return useMemo(() => (payload === null ? null : yearSpanOf(payload, new Date().getFullYear())), [payload]);
}
