/** Stylesheets are bundled by esbuild (scripts/build-overview.mjs); importing one only adds it to the page. */
declare module '*.css';
