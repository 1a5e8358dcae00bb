// `npm run fuzz -- --runs N --seed S`: the schema-driven fuzz test (test/fuzz.test.ts) with N documents from seed S.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10000' }, seed: { type: 'string', default: String(Date.now() % 2 ** 31) } } });
for (const [name, value] of Object.entries(values)) {
  if (!/^\d+$/.test(value)) {
    console.error(`--${name} must be a whole number, but got ${JSON.stringify(value)}`);
    process.exit(2);
  }
}
console.log(`fuzzing with ${values.runs} documents, seed ${values.seed}`);
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz.test.ts'], { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: values.runs, FUZZ_SEED: values.seed } });
process.exit(result.status ?? 1);
