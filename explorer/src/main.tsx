// Browser entry: loads the self-hosted Hangul font and the styles, creates the store from the URL, renders the app.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createAppStore, createDefaultState } from './state/store';
import { StoreContext } from './state/store-context';
import { parseUrlState } from './state/url-state';

const container = document.getElementById('root');
if (container === null) throw new Error('explorer/main: index.html has no #root element');

const store = createAppStore(createDefaultState(parseUrlState(window.location.search)));

createRoot(container).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
