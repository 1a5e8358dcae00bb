#!/usr/bin/env node
// Validates every operation of the project's contract (contract/*.graphql)
// against schema.graphql: the promise clients rely on must always hold.
//   npm run contract:check
// Exit 0 when every file validates; 1 with one line per error.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const contractDir = join(root, 'contract');
const schema = buildSchema(readFileSync(join(root, 'schema.graphql'), 'utf8'));

let failures = 0;
for (const file of readdirSync(contractDir).filter((f) => f.endsWith('.graphql')).sort()) {
  const errors = validate(schema, parse(readFileSync(join(contractDir, file), 'utf8')));
  for (const e of errors) {
    const where = e.locations?.map((l) => `${l.line}:${l.column}`).join(',') ?? '';
    console.log(`contract/${file}:${where} ${e.message}`);
  }
  failures += errors.length;
  console.log(`contract/${file}: ${errors.length === 0 ? 'valid' : `${errors.length} error(s)`}`);
}
process.exit(failures === 0 ? 0 : 1);
