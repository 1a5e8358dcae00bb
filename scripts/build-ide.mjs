// Bundles the GraphiQL IDE into dist/ide/ so that the server can serve it with
// no request leaving the host: the app, its CSS (fonts inlined), lazily loaded
// chunks, the three Monaco workers, and index.html with the contract
// operations embedded as tabs. Every file but index.html carries a content hash.
//
// Run after tsc, with tsx to load the TypeScript splitter:
//   node --import tsx scripts/build-ide.mjs
// Environment:
//   IDE_OPERATIONS_FILE  the operations to open as tabs; default contract/core.graphql
//   IDE_OUT_DIR          where to write; default dist/ide (emptied first)
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { splitOperations } from '../src/ide/splitOperations.ts';
import { jsonForScript } from '../src/lib/jsonForScript.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** URL path under which serveIde.ts serves the files of the output directory. */
const ASSET_URL = '/ide/';

/** Example values for required variables, so each tab runs as it opens. */
const EXAMPLE_VARIABLES = {
  RoundParticipants: { number: 6 },
  Statements: { first: 10 },
  Search: { query: 'defense cost' },
};

const common = {
  bundle: true,
  minify: true,
  sourcemap: false,
  target: 'es2022',
  legalComments: 'eof',
  logLevel: 'warning',
  metafile: true,
  define: { 'process.env.NODE_ENV': '"production"' },
};

/** Picks the operations file, following the fallbacks documented above. */
function resolveOperationsFile() {
  const explicit = process.env.IDE_OPERATIONS_FILE;
  if (explicit) {
    const file = resolve(explicit);
    if (!existsSync(file)) throw new Error(`IDE_OPERATIONS_FILE names ${file}, but no such file exists`);
    return file;
  }
  return resolve(root, 'contract/core.graphql');
}

/**
 * Monaco's modules import their own stylesheets; graphiql/style.css already
 * holds all of them (with the codicon font inlined), so these imports are
 * dropped rather than emitted a second time, and as CSS files of lazy chunks
 * that nothing would load.
 */
const dropMonacoCss = {
  name: 'drop-monaco-css',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\.css$/ }, (args) =>
      /[\\/]node_modules[\\/]monaco-editor[\\/]/.test(args.importer) ? { path: args.path, namespace: 'dropped-css' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'dropped-css' }, () => ({ contents: '', loader: 'empty' }));
  },
};

/** Turns each operation into a GraphiQL tab, variables pretty-printed with examples filled in. */
function toTabs(source) {
  return splitOperations(source).map((op) => {
    const variables = { ...op.variables, ...EXAMPLE_VARIABLES[op.name] };
    return {
      query: op.document,
      ...(Object.keys(variables).length > 0 ? { variables: JSON.stringify(variables, null, 2) } : {}),
    };
  });
}

/**
 * URL paths (under `assetUrl`) of the JavaScript file esbuild emitted for
 * `entryPoint`, and of its CSS bundle if any.
 */
export function entryUrls(metafile, outDir, entryPoint, assetUrl = ASSET_URL) {
  const entry = Object.entries(metafile.outputs).find(
    ([file, output]) => output.entryPoint === entryPoint && file.endsWith('.js'),
  );
  if (!entry) throw new Error(`expected esbuild to emit a .js file for ${entryPoint}, but it did not`);
  const toUrl = (file) => assetUrl + relative(outDir, resolve(root, file)).split('\\').join('/');
  return { js: toUrl(entry[0]), css: entry[1].cssBundle ? toUrl(entry[1].cssBundle) : undefined };
}


function renderHtml({ script, style, config }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Negotiation KB · GraphiQL</title>
    <link rel="icon" href="data:,">
    <link rel="stylesheet" href="${style}">
    <script type="module" src="${script}"></script>
  </head>
  <body>
    <div id="root"></div>
    <noscript>The GraphQL IDE needs JavaScript. POST queries to this URL as JSON instead.</noscript>
    <script id="ide-config" type="application/json">${jsonForScript(config)}</script>
  </body>
</html>
`;
}

/** Builds the IDE into IDE_OUT_DIR (default dist/ide) and returns the output directory. */
export async function buildIde() {
  const outDir = resolve(process.env.IDE_OUT_DIR ?? resolve(root, 'dist/ide'));
  const operationsFile = resolveOperationsFile();
  const tabs = toTabs(await readFile(operationsFile, 'utf8'));

  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });

  // Classic (non-module) workers, each self-contained, so no worker imports anything at run time.
  const workerEntries = {
    editor: resolve(root, 'node_modules/monaco-editor/esm/vs/editor/editor.worker.js'),
    json: resolve(root, 'node_modules/monaco-editor/esm/vs/language/json/json.worker.js'),
    graphql: resolve(root, 'node_modules/monaco-graphql/esm/graphql.worker.js'),
  };
  const workers = await build({
    ...common,
    absWorkingDir: root,
    entryPoints: Object.entries(workerEntries).map(([name, file]) => ({ in: file, out: `${name}.worker` })),
    format: 'iife',
    outdir: outDir,
    entryNames: 'workers/[name]-[hash]',
  });

  // The app as ES modules with code splitting: Monaco's language modes and
  // Prettier load only when used. GraphiQL's CSS inlines its fonts (Roboto,
  // Fira Code, codicon); anything else a stylesheet references would become a
  // hashed file of ours, never a URL elsewhere.
  const app = await build({
    ...common,
    absWorkingDir: root,
    entryPoints: { main: 'src/ide/client/main.tsx' },
    format: 'esm',
    splitting: true,
    jsx: 'automatic',
    outdir: outDir,
    entryNames: '[name]-[hash]',
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    plugins: [dropMonacoCss],
    loader: { '.ttf': 'file', '.woff': 'file', '.woff2': 'file', '.svg': 'file', '.png': 'file' },
  });

  const relativeWorker = (name) => relative(root, workerEntries[name]).split('\\').join('/');
  const config = {
    tabs,
    workers: Object.fromEntries(
      Object.keys(workerEntries).map((name) => [
        name,
        entryUrls(workers.metafile, outDir, relativeWorker(name)).js,
      ]),
    ),
  };
  const main = entryUrls(app.metafile, outDir, 'src/ide/client/main.tsx');
  if (!main.css) throw new Error('expected a CSS bundle for src/ide/client/main.tsx, but esbuild emitted none');
  const html = renderHtml({ script: main.js, style: main.css, config });
  await writeFile(resolve(outDir, 'index.html'), html);

  const outputs = { ...workers.metafile.outputs, ...app.metafile.outputs };
  const bytes = Object.values(outputs).reduce((sum, o) => sum + o.bytes, 0);
  console.log(
    `build-ide: ${tabs.length} tabs from ${relative(root, operationsFile)}; ` +
      `${Object.keys(outputs).length + 1} files, ${(bytes / 1e6).toFixed(1)} MB in ${relative(root, outDir) || outDir}`,
  );
  return outDir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildIde();
}
