/**
 * Entry of the overview page (bundled by scripts/build-overview.mjs): renders
 * the app on the API runner boot.ts made (which has the first requests on
 * their way already).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { api } from './boot.js';
import { ApiContext } from './hooks.js';
import './overview.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>
  </StrictMode>,
);
