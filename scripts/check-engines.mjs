#!/usr/bin/env node
// Checks that every runtime dependency in package-lock.json (what the image
// installs with --omit=dev) accepts this Node.js version by its `engines.node`:
// the check behind "npm ci prints no engine warnings for the runtime
// dependencies". Development-only packages are listed but do not fail it.
//   node scripts/check-engines.mjs      (CI runs it under Node 20 and Node 24)
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
const own = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const version = process.version;

const refused = { runtime: [], dev: [] };
for (const [path, pkg] of Object.entries(lock.packages)) {
  const range = path === '' ? own.engines?.node : pkg.engines?.node;
  if (!range || semver.satisfies(version, range)) continue;
  refused[pkg.dev ? 'dev' : 'runtime'].push(`${path || own.name}@${pkg.version ?? own.version} wants node ${range}`);
}
for (const line of refused.dev) console.log(`dev only (not in the image): ${line}`);
for (const line of refused.runtime) console.log(`runtime: ${line}`);
console.log(`node ${version}: ${refused.runtime.length} runtime and ${refused.dev.length} development dependencies refuse this version`);
process.exit(refused.runtime.length === 0 ? 0 : 1);
