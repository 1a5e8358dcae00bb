// Bundles the overview page (src/overview/client) into dist/overview/ so that
// the server can serve it at / with no request leaving the host: the app and
// its CSS with content-hashed names, and index.html with the GraphQL
// operations the page runs embedded, taken as written from the contract
// (contract/core.graphql, contract/dashboards.graphql) and from the page's own
// src/overview/operations.graphql.
//
// Run after tsc, with tsx to load the TypeScript splitter:
//   node --import tsx scripts/build-overview.mjs
// Environment:
//   OVERVIEW_OUT_DIR  where to write; default dist/overview (emptied first)
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { splitOperations } from '../src/ide/splitOperations.ts';
import { jsonForScript } from '../src/lib/jsonForScript.ts';
import { entryUrls } from './build-ide.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** URL path under which src/overview/serveOverview.ts serves the files of the output directory. */
const ASSET_URL = '/overview/assets/';

/** The contract operations the page runs, by file; each must be there, or the build fails. */
const CONTRACT_OPERATIONS = {
  'contract/core.graphql': ['Search'],
  'contract/dashboards.graphql': ['Activity', 'Timeline', 'PositionMatrix'],
};

/** The chart library's module, a chunk of its own that the page preloads. */
const CHARTS_ENTRY = 'src/overview/client/charts.ts';

/** The page's own operations: every one in the file. */
const OWN_OPERATIONS = 'src/overview/operations.graphql';

/** Name → self-contained document of every operation the page may run. */
async function collectOperations() {
  const operations = {};
  for (const [file, names] of Object.entries(CONTRACT_OPERATIONS)) {
    const split = splitOperations(await readFile(resolve(root, file), 'utf8'));
    for (const name of names) {
      const op = split.find((o) => o.name === name);
      if (!op) throw new Error(`expected ${file} to define operation ${name}, but it does not`);
      operations[name] = op.document;
    }
  }
  for (const op of splitOperations(await readFile(resolve(root, OWN_OPERATIONS), 'utf8'))) {
    if (operations[op.name]) throw new Error(`${OWN_OPERATIONS} defines ${op.name}, which the contract already names`);
    operations[op.name] = op.document;
  }
  return operations;
}

/** Module URLs that `entry`'s output imports statically (shared chunks), for the page to fetch beside it. */
function staticImportUrls(metafile, outDir, entryJsUrl) {
  const file = Object.keys(metafile.outputs).find((f) => entryJsUrl.endsWith(f.split('/').pop()));
  return (metafile.outputs[file]?.imports ?? [])
    .filter((i) => i.kind === 'import-statement')
    .map((i) => ASSET_URL + relative(outDir, resolve(root, i.path)).split('\\').join('/'));
}

function renderHtml({ boot, script, preload, style, config }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Negotiation KB · Overview</title>
    <meta name="description" content="The negotiations in this knowledge base at a glance: rounds, statements, positions and figures, each with the words of its source.">
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${style}">
    <script type="module" src="${boot}"></script>
    <script type="module" src="${script}"></script>${preload.map((url) => `\n    <link rel="modulepreload" href="${url}">`).join('')}
  </head>
  <body>
    <div id="root"></div>
    <noscript>The overview needs JavaScript. The same data is at <a href="/graphql">/graphql</a> (GraphQL API and IDE).</noscript>
    <script id="overview-config" type="application/json">${jsonForScript(config)}</script>
  </body>
</html>
`;
}

/** Builds the overview into OVERVIEW_OUT_DIR (default dist/overview) and returns the output directory. */
export async function buildOverview() {
  const outDir = resolve(process.env.OVERVIEW_OUT_DIR ?? resolve(root, 'dist/overview'));
  const operations = await collectOperations();

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  const entryPoint = 'src/overview/client/main.tsx';
  // boot.ts is a script of its own, run first: it asks the API for the first view while the app loads and compiles.
  const bootEntry = 'src/overview/client/boot.ts';
  const app = await build({
    absWorkingDir: root,
    entryPoints: { boot: bootEntry, main: entryPoint },
    bundle: true,
    minify: true,
    sourcemap: false,
    target: 'es2022',
    legalComments: 'eof',
    logLevel: 'warning',
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    format: 'esm',
    // ECharts becomes a chunk of its own, which the page loads while its first API requests run.
    splitting: true,
    jsx: 'automatic',
    alias: { react: 'preact/compat', 'react-dom/client': 'preact/compat/client', 'react-dom': 'preact/compat', 'react/jsx-runtime': 'preact/jsx-runtime' },
    outdir: outDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: '[name]-[hash]',
  });

  const main = entryUrls(app.metafile, outDir, entryPoint, ASSET_URL);
  if (!main.css) throw new Error(`expected a CSS bundle for ${entryPoint}, but esbuild emitted none`);
  const config = { endpoint: '/graphql', ide: '/graphql', operations };
  const boot = entryUrls(app.metafile, outDir, bootEntry, ASSET_URL);
  // ECharts (imported dynamically by EChart.tsx) is fetched and compiled beside the app, not after it has run.
  const charts = entryUrls(app.metafile, outDir, CHARTS_ENTRY, ASSET_URL);
  const preload = [...new Set([boot.js, main.js, charts.js].flatMap((url) => [...staticImportUrls(app.metafile, outDir, url), ...(url === charts.js ? [url] : [])]))];
  await writeFile(resolve(outDir, 'index.html'), renderHtml({ boot: boot.js, script: main.js, preload, style: main.css, config }));

  const bytes = Object.values(app.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(
    `build-overview: ${Object.keys(operations).length} operations; ` +
      `${Object.keys(app.metafile.outputs).length + 1} files, ${(bytes / 1e3).toFixed(0)} kB in ${relative(root, outDir) || outDir}`,
  );
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildOverview();
}
