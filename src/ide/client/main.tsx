// @ts-nocheck -- browser code bundled by scripts/build-ide.mjs (esbuild); the project's tsconfig
// is for Node (no DOM lib, no JSX, no React types). The logic worth typing lives in createJsonFetcher.ts.
import { GraphiQL } from 'graphiql';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './ide.css';
import { createJsonFetcher } from './createJsonFetcher.js';

/**
 * Written into index.html by scripts/build-ide.mjs: the contract operations as
 * tabs ({ query, variables }), and the hashed URLs of the Monaco workers.
 */
const config = JSON.parse(document.getElementById('ide-config').textContent);

// GraphiQL 5 edits with Monaco, whose language services run in web workers.
// They are bundled into our own files, so nothing is loaded from a CDN.
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const url = label === 'json' ? config.workers.json : label === 'graphql' ? config.workers.graphql : config.workers.editor;
    return new Worker(url, { name: `monaco-${label}` });
  },
};

// The page is served at the GraphQL endpoint itself, so it posts to its own path.
const fetcher = createJsonFetcher(window.location.pathname);

// GraphiQL 5 fills the editors of the first of `defaultTabs` with its query
// but not its variables; on a first visit (no tabs saved by GraphiQL yet) we
// pass both, so RoundParticipants opens ready to run. Later visits restore the
// saved tabs, variables included.
const firstTab = hasSavedTabs() ? {} : { initialQuery: config.tabs[0]?.query, initialVariables: config.tabs[0]?.variables };

function hasSavedTabs() {
  try {
    return window.localStorage.getItem('graphiql:tabState') !== null;
  } catch {
    return false; // storage disabled: GraphiQL cannot have saved anything either
  }
}

createRoot(document.getElementById('root')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultTabs={config.tabs}
    {...firstTab}
    defaultEditorToolsVisibility="variables"
    visiblePlugin="Documentation Explorer"
  >
    <GraphiQL.Logo>
      Negotiation KB · <a href="/">Overview</a>
    </GraphiQL.Logo>
  </GraphiQL>,
);
