// The explorer page: header, status, the network canvas and its legend, plus the controllers that feed the store.
import { AppHeader } from './components/AppHeader';
import { GraphDataController } from './components/GraphDataController';
import { LanguageController } from './components/LanguageController';
import { Legend } from './components/Legend';
import { NetworkCanvas } from './components/NetworkCanvas';
import { StatusBanner } from './components/StatusBanner';
import { useAppState } from './state/store-context';

export function App() {
  const language = useAppState((state) => state.language);
  const status = useAppState((state) => state.status);
  const graph = useAppState((state) => state.graph);
  const error = useAppState((state) => state.error);

  return (
    <div className="app" data-status={status}>
      <GraphDataController />
      <LanguageController />
      <AppHeader language={language} graph={graph} />
      <main className="app__main">
        <section className="app__canvas" aria-busy={status === 'loading'}>
          <StatusBanner language={language} status={status} graph={graph} error={error} />
          <NetworkCanvas />
        </section>
        <Legend language={language} />
      </main>
    </div>
  );
}
