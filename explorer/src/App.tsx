// The explorer page: header and outage banner; the mode panel (explore, path finder), the canvas, the details and
// the legend; and the controllers that load data and keep the URL and the document in step with the store.
import { AppHeader } from './components/AppHeader';
import {
  DetailDataController,
  HubsDataController,
  PathEndLabelsController,
  ViewDataController,
  ViewerDataController,
} from './components/DataControllers';
import { DetailPanel } from './components/DetailPanel';
import { LanguageController } from './components/LanguageController';
import { Legend } from './components/Legend';
import { ModeTabs } from './components/ModeTabs';
import { NetworkCanvas } from './components/NetworkCanvas';
import { StatusBanner } from './components/StatusBanner';
import { UrlStateController } from './components/UrlStateController';
import { useAppState } from './state/store-context';

export function App() {
  const language = useAppState((state) => state.language);
  const viewStatus = useAppState((state) => state.resources.view.status);
  return (
    <div className="app" data-status={viewStatus}>
      <ViewDataController />
      <ViewerDataController />
      <DetailDataController />
      <HubsDataController />
      <PathEndLabelsController />
      <LanguageController />
      <UrlStateController />
      <AppHeader language={language} />
      <StatusBanner language={language} />
      <main className="app__main">
        <aside className="side-panel" data-testid="side-panel">
          <ModeTabs />
        </aside>
        <section className="app__canvas" aria-busy={viewStatus === 'loading'}>
          <NetworkCanvas />
        </section>
        <aside className="info-panel">
          <DetailPanel />
          <Legend language={language} />
        </aside>
      </main>
    </div>
  );
}
