// The as-of date and its replay: the network shown as it stood at the end of each year, one year per tick.
import type { AppState } from '../app-state';
import type { AppAction } from './app-action';

export interface YearSpan {
  first: number;
  last: number;
}

export type TimelineAction =
  | { type: 'timeline/setAsOf'; asOf: string | null }
  | { type: 'timeline/play'; span: YearSpan }
  | { type: 'timeline/pause' }
  | { type: 'timeline/tick'; span: YearSpan };

export const timelineActions = {
  /** A date (YYYY-MM-DD) or null for every link ever recorded; moving the slider pauses a replay. */
  setAsOf: (asOf: string | null): TimelineAction => ({ type: 'timeline/setAsOf', asOf }),
  playTimeline: (span: YearSpan): TimelineAction => ({ type: 'timeline/play', span }),
  pauseTimeline: (): TimelineAction => ({ type: 'timeline/pause' }),
  timelineTicked: (span: YearSpan): TimelineAction => ({ type: 'timeline/tick', span }),
};

/** The last day of a year: "as of 2020" means the network at the end of 2020. */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

export function reduceTimeline(state: AppState, action: AppAction): AppState {
  const timeline = state.timeline;
  switch (action.type) {
    case 'timeline/setAsOf':
      if (timeline.asOf === action.asOf && !timeline.playing) return state;
      return { ...state, timeline: { asOf: action.asOf, playing: false } };
    case 'timeline/play': {
      const { first, last } = action.span;
      // From the start when nothing is chosen or the replay already reached the end; else from where it stands.
      const atEnd = timeline.asOf === null || yearOf(timeline.asOf) >= last || yearOf(timeline.asOf) < first;
      return { ...state, timeline: { asOf: atEnd ? yearEnd(first) : timeline.asOf, playing: true } };
    }
    case 'timeline/pause':
      return timeline.playing ? { ...state, timeline: { ...timeline, playing: false } } : state;
    case 'timeline/tick': {
      if (!timeline.playing) return state;
      const year = timeline.asOf === null ? action.span.first : yearOf(timeline.asOf) + 1;
      const last = action.span.last;
      return { ...state, timeline: { asOf: yearEnd(Math.min(year, last)), playing: year < last } };
    }
    default:
      return state;
  }
}
