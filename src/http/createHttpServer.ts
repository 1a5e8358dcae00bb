import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from '../graphql/context.js';
import { ErrorCode } from '../errors/index.js';
import type { Logger } from '../logger.js';
import { answerIfNotModified } from './conditional.js';
import { BodyTooLargeError, readBody } from './readBody.js';
import { requestScope } from './requestScope.js';

export interface HttpOptions {
  apollo: ApolloServer<Context>;
  dataSource: DataSource;
  logger: Logger;
  maxPageSize: number;
  maxBodyBytes?: number;
  /** Largest request line plus headers; bigger ones get 431 (Node's `maxHeaderSize`, default 16 KiB). */
  maxHeaderBytes?: number;
  /** Most operations in one batched request; 0 turns batching off. */
  maxBatch?: number;
  /** Origins allowed to call the API from a browser (dashboards); '*' for any. */
  corsOrigins?: string[];
  /** Serves the browser pages (IDE, overview); returns (or resolves to) true when it handled the request. */
  ideHandler?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Extra routes (health, metrics); returns true when it handled the request. */
  routes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Reads need a valid token too (READS_REQUIRE_TOKEN); passed to the default context. */
  readsRequireToken?: boolean;
  /** Builds the per-request context; defaults to createContext. */
  contextFor?: (req: IncomingMessage) => Promise<Context>;
}

export const GRAPHQL_PATH = '/graphql';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

function sendGraphQLError(res: ServerResponse, status: number, message: string, code: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * Answers what Node's HTTP parser refused before any handler saw it (Node's
 * own answer has no body): headers over the limit get 431, anything else
 * malformed 400, each with a short JSON error; then the connection closes.
 */
function answerClientError(error: NodeJS.ErrnoException & { bytesParsed?: number }, socket: Duplex, maxHeaderBytes: number): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
  const [status, reason, code, message] = tooLarge
    ? [431, 'Request Header Fields Too Large', ErrorCode.HEADERS_TOO_LARGE, `The request line and headers are over the ${maxHeaderBytes}-byte limit.`]
    : [400, 'Bad Request', ErrorCode.BAD_REQUEST, 'The request is not well-formed HTTP.'];
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/**
 * The HTTP front: POST/GET /graphql to Apollo (one fresh context, and so one
 * DataLoader set, per request), the IDE for browsers, and extra routes.
 * Malformed bodies get a coded JSON error, never a stack trace.
 */
export function createHttpServer(options: HttpOptions): Server {
  const maxBodyBytes = options.maxBodyBytes ?? 1_000_000;
  const contextFor =
    options.contextFor ??
    (async (req: IncomingMessage) =>
      createContext(options.dataSource, { maxPageSize: options.maxPageSize, authorization: req.headers.authorization, readsRequireToken: options.readsRequireToken }));

  const maxBatch = options.maxBatch ?? 10;
  const corsOrigins = new Set(options.corsOrigins ?? []);

  /** CORS for dashboards on other origins; true when the request was a preflight and is answered. */
  function applyCors(req: IncomingMessage, res: ServerResponse): boolean {
    const origin = req.headers.origin;
    if (!origin || !(corsOrigins.has('*') || corsOrigins.has(origin))) return false;
    res.setHeader('access-control-allow-origin', corsOrigins.has('*') ? '*' : origin);
    res.setHeader('vary', 'Origin');
    if (req.method !== 'OPTIONS') return false;
    res.statusCode = 204;
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', 'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id');
    res.setHeader('access-control-max-age', '600');
    res.end();
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (applyCors(req, res)) return;
    if (options.routes && (await options.routes(req, res))) return;
    if (options.ideHandler && (await options.ideHandler(req, res))) return;
    if (url.pathname !== GRAPHQL_PATH) {
      sendJson(res, 404, { error: 'not found', hint: `the GraphQL API is at ${GRAPHQL_PATH}` });
      return;
    }
    const method = (req.method ?? 'GET').toUpperCase();
    let body: unknown;
    if (method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      const type = req.headers['content-type'] ?? '';
      if (/application\/json/i.test(type)) {
        try {
          body = raw.length ? JSON.parse(raw) : undefined;
        } catch {
          sendGraphQLError(res, 400, 'The request body is not valid JSON.', ErrorCode.BAD_REQUEST);
          return;
        }
      } else {
        body = raw;
      }
      if (Array.isArray(body) && body.length > maxBatch) {
        const message = maxBatch === 0 ? 'Batched requests are turned off; send one operation per request.' : `A batch may hold at most ${maxBatch} operations, but this one has ${body.length}.`;
        sendGraphQLError(res, 400, message, ErrorCode.BATCH_TOO_LARGE);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers, search: url.search, body },
      context: () => contextFor(req),
    });
    // Already answered (an error escaped this request and the process guard answered it).
    if (res.headersSent) return;
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      if (answerIfNotModified(req, res, res.statusCode, response.body.string)) return;
      res.end(response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const maxHeaderBytes = options.maxHeaderBytes ?? 16_384;
  const server = createServer({ maxHeaderSize: maxHeaderBytes }, (req, res) => {
    const header = req.headers['x-request-id'];
    const requestId = typeof header === 'string' && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID();
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      options.logger.info({ requestId, method: req.method, path: req.url?.split('?')[0], status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    requestScope.run({ requestId, res }, () => handle(req, res)).catch((error: unknown) => {
      if (error instanceof BodyTooLargeError) {
        if (!res.headersSent) sendGraphQLError(res, 413, `The request body is over the ${error.limit}-byte limit.`, ErrorCode.PAYLOAD_TOO_LARGE);
        return;
      }
      if ((error as NodeJS.ErrnoException).code === 'ECONNRESET') {
        // The client went away before its request arrived whole: nothing to answer.
        options.logger.info({ requestId, url: req.url }, 'request aborted by the client');
        res.destroy();
        return;
      }
      options.logger.error({ err: error, requestId, url: req.url }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'Internal server error; it has been logged.', ErrorCode.INTERNAL_SERVER_ERROR);
      else res.end();
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => answerClientError(error, socket, maxHeaderBytes));
  return server;
}
