// The graph actions for one organisation as buttons (the keyboard way to what the canvas's context menu offers).
import { messages } from '../i18n/messages';
import type { Language } from '../i18n/language';
import { matchesMessages } from '../i18n/matches-messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';

export function NodeActions({ id, language }: { id: string; language: Language }) {
  const dispatch = useDispatch();
  const hidden = useAppState((state) => state.canvas.hidden.includes(id));
  const pinned = useAppState((state) => state.canvas.pinned.includes(id));
  const isCentre = useAppState((state) => state.explore.centre === id && state.mode !== 'paths');
  const onCanvas = useAppState(
    (state) => state.resources.view.data?.payload.nodes.some((node) => node.id === id) ?? false,
  );
  const t = messages[language];
  return (
    <div className="node-actions" role="group" aria-label={t.actionsTitle} data-testid="node-actions">
      {!isCentre && (
        <button type="button" className="button button--small" onClick={() => dispatch(actions.centreOnNode(id))}>
          {t.centre}
        </button>
      )}
      <button type="button" className="button button--small" onClick={() => dispatch(actions.expandNode(id))}>
        {t.expand}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!onCanvas}
        onClick={() => dispatch(actions.toggleHidden(id))}
      >
        {hidden ? t.show : t.hide}
      </button>
      <button
        type="button"
        className="button button--small"
        disabled={!onCanvas}
        onClick={() => dispatch(actions.togglePin(id))}
      >
        {pinned ? t.unpin : t.pin}
      </button>
      <button type="button" className="button button--small" onClick={() => dispatch(actions.findPathsFrom(id))}>
        {t.findPathsFrom}
      </button>
      <button type="button" className="button button--small" onClick={() => dispatch(actions.findPartnersFor(id))}>
        {matchesMessages[language].findPartners}
      </button>
    </div>
  );
}
