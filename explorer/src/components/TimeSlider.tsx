// The as-of slider: the network at the end of a chosen year, and a replay that grows it year by year. Links out of
// time are hidden in place (the drawing keeps its positions); the as-of date also scopes the GEXF/GraphML links.
import { useId } from 'react';
import { yearEnd, yearOf } from '../state/actions/timeline';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { TimelinePlayer } from './TimelinePlayer';
import { useYearSpan } from './use-view-payload';

export function TimeSlider() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const { asOf, playing } = useAppState((state) => state.timeline);
  const span = useYearSpan();
  const id = useId();
  const t = messages[language];
  // Without dated links there is nothing to replay: the slider stays in place, disabled.
  const thisYear = new Date().getFullYear();
  const { first, last } = span ?? { first: thisYear, last: thisYear };
  const year = asOf === null ? last : Math.min(last, Math.max(first, yearOf(asOf)));
  const valueText = asOf === null ? t.timelineAll : formatMessage(t.timelineYear, { year: yearOf(asOf) }, language);

  return (
    <div className="time-slider" data-testid="time-slider">
      <TimelinePlayer first={first} last={last} />
      <button
        type="button"
        className="button button--small"
        aria-pressed={playing}
        disabled={span === null}
        onClick={() => dispatch(playing ? actions.pauseTimeline() : actions.playTimeline({ first, last }))}
      >
        {playing ? `❚❚ ${t.pause}` : `▶ ${t.play}`}
      </button>
      <label htmlFor={id}>{t.timelineLabel}</label>
      <input
        id={id}
        type="range"
        min={first}
        max={last}
        disabled={span === null}
        step={1}
        value={year}
        aria-valuetext={valueText}
        onChange={(event) => dispatch(actions.setAsOf(yearEnd(Number(event.target.value))))}
      />
      <output htmlFor={id} className="time-slider__value" data-testid="time-slider-value">
        {valueText}
      </output>
      <button
        type="button"
        className="button button--small"
        disabled={asOf === null}
        onClick={() => dispatch(actions.setAsOf(null))}
      >
        {t.timelineReset}
      </button>
    </div>
  );
}
