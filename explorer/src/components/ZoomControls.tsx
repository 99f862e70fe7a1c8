// Zoom in, zoom out and fit, as buttons (the keyboard shortcuts +, - and 0 on the canvas do the same).
import type { Language } from '../i18n/language';
import { messages } from '../i18n/messages';

export interface ZoomHandlers {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
}

export function ZoomControls({
  language,
  disabled,
  handlers,
}: {
  language: Language;
  disabled: boolean;
  handlers: ZoomHandlers;
}) {
  const t = messages[language];
  return (
    <div className="zoom-controls" role="group" aria-label={`${t.zoomIn} / ${t.zoomOut}`}>
      <button
        type="button"
        className="button"
        aria-label={t.zoomIn}
        title={t.zoomIn}
        disabled={disabled}
        onClick={handlers.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        className="button"
        aria-label={t.zoomOut}
        title={t.zoomOut}
        disabled={disabled}
        onClick={handlers.zoomOut}
      >
        −
      </button>
      <button type="button" className="button" title={t.fitDescription} disabled={disabled} onClick={handlers.fit}>
        {t.fit}
      </button>
    </div>
  );
}
