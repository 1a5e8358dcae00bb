/**
 * Entry of the overview page (bundled by scripts/build-overview.mjs): reads
 * the config embedded in index.html (the API endpoint and the operations the
 * page may run) and renders the app.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api.js';
import { App } from './App.js';
import { ApiContext } from './hooks.js';
import './overview.css';

interface OverviewConfig {
  endpoint: string;
  ide: string;
  operations: Record<string, string>;
}

const config = JSON.parse(document.getElementById('overview-config')!.textContent!) as OverviewConfig;
const run = createApi(config.endpoint, config.operations);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={run}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
