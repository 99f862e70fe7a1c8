// The paths found, shortest first: each hop with every link between its two organisations and that link's
// evidence (kind, since, until, source); a path's heading highlights it on the canvas.
import type { CollaborationPath } from '../api/api-types';
import { LINK_KIND_STYLES } from '../graph/kind-styles';
import { localName, type Language } from '../i18n/language';
import { formatMessage, messages } from '../i18n/messages';
import { actions } from '../state/store';
import { useAppState, useDispatch } from '../state/store-context';
import { LineIcon } from './LineIcon';
import { PanelEmpty, PanelError, PanelLoading } from './PanelState';

export function PathList() {
  const language = useAppState((state) => state.language);
  const view = useAppState((state) => state.resources.view);
  const ready = useAppState((state) => state.paths.from !== null && state.paths.to !== null);
  const maxHops = useAppState((state) => state.paths.maxHops);
  const highlighted = useAppState((state) => state.paths.highlighted);
  const t = messages[language];

  if (!ready) return <PanelEmpty text={t.pathEndsMissing} />;
  if (view.error !== null)
    return <PanelError language={language} resource="view" error={view.error} text={t.pathsFailed} />;
  const paths = view.status === 'ready' ? view.data?.paths : null;
  if (paths === null || paths === undefined) return <PanelLoading text={t.pathsLoading} />;
  if (paths.length === 0) return <PanelEmpty text={formatMessage(t.pathsEmpty, { hops: maxHops }, language)} />;
  return (
    <ol className="path-list" data-testid="path-list">
      {paths.map((path, index) => (
        <PathItem
          key={path.organizations.map((org) => org.id).join('>')}
          path={path}
          index={index}
          active={index === highlighted}
          language={language}
        />
      ))}
    </ol>
  );
}

/** One path with its hops and every link's evidence; also lists a partner match's introduction paths. */
export function PathItem({
  path,
  index,
  active,
  language,
}: {
  path: CollaborationPath;
  index: number;
  active: boolean;
  language: Language;
}) {
  const dispatch = useDispatch();
  const t = messages[language];
  const names = new Map(path.organizations.map((org) => [org.id, localName(org, language)]));
  return (
    <li className={`path${active ? ' path--active' : ''}`} data-testid="path" data-hops={path.length}>
      <button
        type="button"
        className="path__heading"
        aria-pressed={active}
        onClick={() => dispatch(actions.highlightPath(index))}
      >
        {formatMessage(t.pathHeading, { index: index + 1, hops: path.length }, language)}
      </button>
      <ol className="path__steps">
        {path.steps.map((step) => (
          <li key={`${step.from.id}>${step.to.id}`} className="path__step">
            <span className="path__orgs">
              {names.get(step.from.id)} → {names.get(step.to.id)}
            </span>
            <ul className="path__links">
              {step.links.map((link) => (
                <li key={link.id} className="path__link" data-kind={link.kind}>
                  <LineIcon style={LINK_KIND_STYLES[link.kind]} />
                  <span>{t.linkKind[link.kind]}</span>
                  <span className="detail__quiet">
                    {' '}
                    · {formatMessage(t.since, { date: link.since }, language)}
                    {link.until !== null && ` · ${formatMessage(t.until, { date: link.until }, language)}`} · {t.source}
                    : {link.source}
                  </span>
                  {link.title !== null && <span className="path__title">{link.title}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </li>
  );
}
