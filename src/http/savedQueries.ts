/**
 * Saved queries over GET: each query operation of the project's contract
 * (contract/*.graphql) at GET /api/<OperationName>, its variables as query
 * parameters, typed and checked by graphql-js against the operation's
 * variable definitions; JSON (the operation's `data`) or CSV (its row list);
 * a strong ETag with 304 on If-None-Match and Cache-Control max-age from
 * API_CACHE_MAX_AGE. Only these operations run this way, so Apollo's CSRF
 * prevention (which rightly refuses plain GETs of /graphql) is not needed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { ApolloServer } from '@apollo/server';
import {
  getNamedType, getNullableType, getVariableValues, isInputObjectType, isListType, Kind, parse, print, separateOperations, typeFromAST,
  type FragmentDefinitionNode, type GraphQLFormattedError, type GraphQLInputType, type GraphQLSchema, type OperationDefinitionNode,
} from 'graphql';
import Negotiator from 'negotiator';
import { ErrorCode } from '../errors/index.js';
import type { Context } from '../graphql/context.js';
import { clientErrorStatus } from '../graphql/httpStatus.js';
import { matchesIfNoneMatch, strongEtag } from './conditional.js';
import { runOperation } from './runOperation.js';
import { rowShapeOf, rowsAt, toCsv, type RowShape } from './csv.js';

export const SAVED_QUERIES_PATH = '/api';

/** A query operation of the contract, ready to run from a GET. */
export interface SavedOperation {
  name: string;
  /** The operation and the fragments it uses, printed. */
  source: string;
  definition: OperationDefinitionNode;
  rows: RowShape;
}

/** Every query operation of the GraphQL files in `dir` (mutations are not saved queries), by name. */
export function loadSavedOperations(schema: GraphQLSchema, dir: string): Map<string, SavedOperation> {
  const operations = new Map<string, SavedOperation>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
    for (const [name, document] of Object.entries(separateOperations(parse(readFileSync(join(dir, file), 'utf8'))))) {
      const definition = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      if (definition.operation !== 'query') continue;
      const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
      operations.set(name, { name, source: print(document), definition, rows: rowShapeOf(schema, definition, fragments) });
    }
  }
  return operations;
}

export interface SavedQueriesOptions {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  operations: Map<string, SavedOperation>;
  contextFor: (req: IncomingMessage) => Promise<Context>;
  /** Seconds clients and caches may keep an answer (API_CACHE_MAX_AGE); 0: revalidate every time. */
  cacheMaxAge: number;
  /** Answers depend on who asks (READS_REQUIRE_TOKEN): only private caches may keep them. */
  private: boolean;
}

const FORMATS = { json: 'application/json', csv: 'text/csv' } as const;
type Format = keyof typeof FORMATS;

/** A client error of a saved query: a status and a coded GraphQL-shaped error body. */
class SavedQueryError extends Error {
  constructor(readonly status: number, message: string, readonly extensions: Record<string, unknown>, readonly headers: Record<string, string> = {}) {
    super(message);
  }
}

const badParameter = (parameter: string, message: string) => new SavedQueryError(400, message, { code: ErrorCode.BAD_USER_INPUT, parameter });

/**
 * A query parameter's text as the JSON value its variable's type expects,
 * for graphql-js to coerce and judge: numbers and booleans read as such,
 * input objects as JSON, an empty value as null (but an empty String stays
 * ""); anything else stays text, so a bad value is refused by the type itself.
 */
function fromText(type: GraphQLInputType, text: string, parameter: string): unknown {
  const named = getNamedType(type);
  if (text === '' && named.name !== 'String') return null;
  if (isInputObjectType(named)) {
    try {
      return JSON.parse(text);
    } catch {
      throw badParameter(parameter, `Parameter "${parameter}" must be JSON for ${named.name}, but got ${JSON.stringify(text.slice(0, 60))}.`);
    }
  }
  if ((named.name === 'Int' || named.name === 'Float') && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (named.name === 'Boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}

/** The operation's variables from the query string, checked by graphql-js; refusals name the parameter. */
function variablesFrom(schema: GraphQLSchema, operation: SavedOperation, search: URLSearchParams): Record<string, unknown> {
  const definitions = new Map((operation.definition.variableDefinitions ?? []).map((d) => [d.variable.name.value, d]));
  const raw: Record<string, unknown> = {};
  for (const parameter of new Set(search.keys())) {
    if (parameter === 'format') continue;
    const definition = definitions.get(parameter);
    if (!definition) {
      const known = [...definitions.keys()];
      throw badParameter(parameter, `${operation.name} has no parameter "${parameter}"; it takes ${known.length ? known.join(', ') : 'none'} (and format=json|csv).`);
    }
    const type = typeFromAST(schema, definition.type) as GraphQLInputType;
    const texts = search.getAll(parameter);
    if (isListType(getNullableType(type))) {
      const item = (getNullableType(type) as { ofType: GraphQLInputType }).ofType;
      raw[parameter] = texts.map((text) => fromText(item, text, parameter));
    } else if (texts.length > 1) {
      throw badParameter(parameter, `Parameter "${parameter}" is given ${texts.length} times; give it once.`);
    } else {
      raw[parameter] = fromText(type, texts[0], parameter);
    }
  }
  const coerced = getVariableValues(schema, operation.definition.variableDefinitions ?? [], raw, { maxErrors: 10 });
  if (coerced.errors) {
    const [first] = coerced.errors;
    const parameter = /\$(\w+)/.exec(first.message)?.[1] ?? '';
    throw badParameter(parameter, first.message.replace(/^Variable "\$(\w+)"/, 'Parameter "$1"'));
  }
  return raw;
}

/** The representation asked for: ?format= first, else the Accept header (JSON when it does not say). */
function formatOf(req: IncomingMessage, search: URLSearchParams): Format {
  const asked = search.get('format');
  if (asked !== null) {
    if (asked === 'json' || asked === 'csv') return asked;
    throw badParameter('format', `Parameter "format" must be json or csv, but got ${JSON.stringify(asked.slice(0, 20))}.`);
  }
  const type = new Negotiator(req).mediaType(Object.values(FORMATS));
  if (!type) throw new SavedQueryError(406, `This answers ${Object.values(FORMATS).join(' or ')}; the Accept header allows neither.`, { code: ErrorCode.BAD_USER_INPUT, parameter: 'Accept' });
  return type === FORMATS.csv ? 'csv' : 'json';
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('cache-control', 'no-store');
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  res.end(JSON.stringify(body));
}

/** The HTTP status of a failed operation: Apollo's when it is an error status, else by the errors' codes. */
function failureStatus(apolloStatus: number | undefined, errors: readonly GraphQLFormattedError[]): number {
  if (apolloStatus && apolloStatus >= 400) return apolloStatus;
  if (errors.some((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) return 503;
  return clientErrorStatus(errors) ?? 500;
}

/** What GET /api lists: each saved operation, its parameters and its CSV columns. */
function describeOperations(operations: Map<string, SavedOperation>) {
  return {
    operations: [...operations.values()].map((op) => ({
      name: op.name,
      path: `${SAVED_QUERIES_PATH}/${op.name}`,
      parameters: (op.definition.variableDefinitions ?? []).map((d) => ({ name: d.variable.name.value, type: print(d.type), required: d.type.kind === Kind.NON_NULL_TYPE && !d.defaultValue })),
      rows: op.rows.path.join('.'),
      columns: op.rows.columns,
    })),
  };
}

/**
 * The route for GET and HEAD /api and /api/<OperationName>; returns true
 * when it answered. Unknown names are 404, bad parameters 400 naming the
 * parameter, failed operations their GraphQL errors with the status their
 * codes call for (no partial answers: saved-query clients cannot show them).
 */
export function createSavedQueriesRoute(options: SavedQueriesOptions) {
  const { operations } = options;
  const cacheControl = options.cacheMaxAge > 0 ? `max-age=${options.cacheMaxAge}, ${options.private ? 'private' : 'public'}` : `no-cache${options.private ? ', private' : ''}`;
  const vary = options.private ? 'Accept, Authorization' : 'Accept';

  async function answer(req: IncomingMessage, res: ServerResponse, name: string, search: URLSearchParams): Promise<void> {
    const operation = operations.get(name);
    if (!operation) {
      throw new SavedQueryError(404, `No saved operation is named ${JSON.stringify(name.slice(0, 60))}; the saved operations are ${[...operations.keys()].join(', ')} (GET ${SAVED_QUERIES_PATH} lists them).`, { code: ErrorCode.NOT_FOUND });
    }
    const format = formatOf(req, search);
    const variables = variablesFrom(options.schema, operation, search);
    const { status, result } = await runOperation(options.apollo, options.contextFor, req, { query: operation.source, operationName: operation.name, variables });
    if (result.errors?.length || result.data === undefined) {
      const errors = result.errors ?? [];
      sendJson(res, failureStatus(status, errors), result, status === 401 ? { 'www-authenticate': 'Bearer' } : {});
      return;
    }
    const body = format === 'csv' ? toCsv(rowsAt(result.data, operation.rows.path), operation.rows.columns) : JSON.stringify(result.data);
    const etag = strongEtag(`${format}\n${body}`);
    res.setHeader('etag', etag);
    res.setHeader('cache-control', cacheControl);
    res.setHeader('vary', vary);
    if (matchesIfNoneMatch(req, etag)) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.statusCode = 200;
    res.setHeader('content-type', format === 'csv' ? 'text/csv; charset=utf-8; header=present' : 'application/json; charset=utf-8');
    if (format === 'csv') res.setHeader('content-disposition', `inline; filename="${operation.name}.csv"`);
    res.setHeader('x-content-type-options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = /^\/api(?:\/([^/]*))?\/?$/.exec(url.pathname);
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendJson(res, 405, { errors: [{ message: 'Saved queries answer GET (and HEAD); send other operations to POST /graphql.', extensions: { code: 'BAD_REQUEST' } }] }, { allow: 'GET, HEAD' });
      return true;
    }
    let name = match[1] ?? '';
    try {
      name = decodeURIComponent(name);
    } catch {
      // Not percent-encoded UTF-8: no operation has such a name, and the 404 says so.
    }
    try {
      if (name === '') sendJson(res, 200, describeOperations(operations));
      else await answer(req, res, name, url.searchParams);
    } catch (error) {
      if (!(error instanceof SavedQueryError)) throw error;
      sendJson(res, error.status, { errors: [{ message: error.message, extensions: error.extensions }] }, error.headers);
    }
    return true;
  };
}
