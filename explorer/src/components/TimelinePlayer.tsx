// Renders nothing: while the replay runs, moves the as-of date on by one year every TICK_MS.
import { useEffect } from 'react';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';

/** Long enough to see each year's new links settle in; a 15-year history replays in about 15 s. */
export const TICK_MS = 1000;

export function TimelinePlayer({ first, last }: { first: number; last: number }) {
  const dispatch = useDispatch();
  const playing = useAppState((state) => state.timeline.playing);
  const asOf = useAppState((state) => state.timeline.asOf);

  // Re-armed after every tick (asOf changes), so pausing or leaving stops it at once.
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => dispatch(actions.timelineTicked({ first, last })), TICK_MS);
    return () => clearTimeout(timer);
  }, [dispatch, playing, asOf, first, last]);

  return null;
}
