// The tabs that switch the side panel between modes (ARIA tabs: arrows move between tabs, the panel follows).
import { useId, useRef, type KeyboardEvent } from 'react';
import { messages } from '../i18n/messages';
import type { Mode } from '../state/app-state';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { MODE_PANELS, OFFERED_MODES, offeredMode } from './mode-panels';

export function ModeTabs() {
  const dispatch = useDispatch();
  const language = useAppState((state) => state.language);
  const mode = offeredMode(useAppState((state) => state.mode));
  const baseId = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const t = messages[language];
  const Panel = MODE_PANELS[mode];

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const index = (OFFERED_MODES.indexOf(mode) + step + OFFERED_MODES.length) % OFFERED_MODES.length;
    const next: Mode = OFFERED_MODES[index]!;
    dispatch(actions.setMode(next));
    tabs.current[index]?.focus();
  };

  return (
    <>
      <div className="mode-tabs" role="tablist" aria-label={t.modeTabs} onKeyDown={onKeyDown}>
        {OFFERED_MODES.map((option, index) => (
          <button
            key={option}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            id={`${baseId}-tab-${option}`}
            type="button"
            role="tab"
            className="mode-tabs__tab"
            aria-selected={option === mode}
            aria-controls={`${baseId}-panel`}
            tabIndex={option === mode ? 0 : -1}
            data-mode={option}
            onClick={() => dispatch(actions.setMode(option))}
          >
            {t.mode[option]}
          </button>
        ))}
      </div>
      <div
        id={`${baseId}-panel`}
        role="tabpanel"
        aria-labelledby={`${baseId}-tab-${mode}`}
        className="mode-tabs__panel"
      >
        {Panel !== undefined && <Panel />}
      </div>
    </>
  );
}
