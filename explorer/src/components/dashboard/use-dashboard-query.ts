// The dashboard's question as the panels share it: the scope and date from the state, kept stable between renders.
import { useMemo } from 'react';
import { dashboardQueryOf, type DashboardQuery } from '../../state/dashboard-query';
import { useAppState } from '../../state/store-context';

export function useDashboardQuery(): DashboardQuery | null {
  const filters = useAppState((state) => state.filters);
  const asOf = useAppState((state) => state.timeline.asOf);
  return useMemo(() => dashboardQueryOf({ filters, timeline: { asOf, playing: false } }), [filters, asOf]);
}
