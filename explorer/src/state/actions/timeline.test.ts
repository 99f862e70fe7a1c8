// Checks the as-of date and the year-by-year replay.
import { describe, expect, it } from 'vitest';
import { createDefaultState, type AppState } from '../app-state';
import { reduceTimeline, timelineActions as a, yearEnd, yearOf } from './timeline';

const SPAN = { first: 2015, last: 2018 };

describe('yearEnd and yearOf', () => {
  it('turn a year into its last day and back', () => {
    expect(yearEnd(2020)).toBe('2020-12-31');
    expect(yearOf('2020-06-01')).toBe(2020);
  });
});

describe('setAsOf', () => {
  it('sets or clears the date and pauses a replay', () => {
    const playing = reduceTimeline(createDefaultState(), a.playTimeline(SPAN));
    const state = reduceTimeline(playing, a.setAsOf('2016-12-31'));
    expect(state.timeline).toEqual({ asOf: '2016-12-31', playing: false });
    expect(reduceTimeline(state, a.setAsOf(null)).timeline.asOf).toBeNull();
    expect(reduceTimeline(state, a.setAsOf('2016-12-31'))).toBe(state);
  });
});

describe('playTimeline, timelineTicked and pauseTimeline', () => {
  it('replays from the first year to the last, one year a tick, and stops at the end', () => {
    let state: AppState = reduceTimeline(createDefaultState(), a.playTimeline(SPAN));
    const years = [state.timeline.asOf];
    while (state.timeline.playing) {
      state = reduceTimeline(state, a.timelineTicked(SPAN));
      years.push(state.timeline.asOf);
    }
    expect(years).toEqual(['2015-12-31', '2016-12-31', '2017-12-31', '2018-12-31']);
    expect(reduceTimeline(state, a.timelineTicked(SPAN))).toBe(state);
  });

  it('resumes from a paused year, and starts over once at the end', () => {
    const paused = { ...createDefaultState(), timeline: { asOf: '2016-12-31', playing: false } };
    expect(reduceTimeline(paused, a.playTimeline(SPAN)).timeline).toEqual({ asOf: '2016-12-31', playing: true });
    const atEnd = { ...createDefaultState(), timeline: { asOf: '2018-12-31', playing: false } };
    expect(reduceTimeline(atEnd, a.playTimeline(SPAN)).timeline.asOf).toBe('2015-12-31');
  });

  it('pauses where it is', () => {
    const playing = reduceTimeline(createDefaultState(), a.playTimeline(SPAN));
    const paused = reduceTimeline(playing, a.pauseTimeline());
    expect(paused.timeline).toEqual({ asOf: '2015-12-31', playing: false });
    expect(reduceTimeline(paused, a.pauseTimeline())).toBe(paused);
  });
});
