import { spawn, type ChildProcess } from 'node:child_process';
import { findFreePort } from '../../src/lib/findFreePort.js';
import { ROOT } from './api.js';

export interface RunningServer {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process wrote so far, stdout and stderr. */
  output(): string;
  /** Sends `signal` and resolves with the exit code and how long it took. */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; ms: number }>;
}

/** Polls `url` until it answers 200 or the time runs out. */
export async function waitFor200(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!isAlive()) throw new Error(`the process exited while waiting for ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer 200 within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * Starts the built server (`node dist/src/main.js`, what `npm start` and the
 * image run) with `env` on a free port, and waits until /readyz says 200.
 */
export async function spawnServer(env: Record<string, string>, options: { readyTimeoutMs?: number } = {}): Promise<RunningServer> {
  const port = Number(env.PORT ?? (await findFreePort()));
  const child = spawn(process.execPath, ['dist/src/main.js'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  let exited = false;
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => ((exited = true), resolve(code))));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor200(`${base}/readyz`, options.readyTimeoutMs ?? 60_000, () => !exited);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${(error as Error).message}\n--- server output ---\n${output}`);
  }
  return {
    url: `${base}/graphql`,
    port,
    child,
    output: () => output,
    async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
      const started = Date.now();
      if (!exited) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      const code = await exit;
      clearTimeout(timer);
      return { code, ms: Date.now() - started };
    },
  };
}
