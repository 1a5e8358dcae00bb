/**
 * What Grafana and its Infinity data source do with a dashboard query, done
 * again here so a test can send exactly what they would send. Sources read:
 * Grafana scenes' variable syntax and macros (sceneInterpolator: ${__from} and
 * ${__to} are epoch milliseconds, ${__timezone} is "utc" or an IANA name,
 * unknown variables stay as written); Infinity's frontend (interpolateQuery:
 * url, body_graphql_query and body_graphql_variables go through Grafana's
 * replace) and backend (pkg/infinity: GetQueryURL, GetQueryBody for
 * body_type "graphql", the Accept and Content-Type headers, status >= 400 is
 * a failure; jsonframer: the root selector and column selectors are GJSON
 * paths, "timestamp" columns parsed with their Go time layout).
 */
import type { DataQuery } from '@grafana/schema';

/** One column Infinity reads from each row. */
export interface InfinityColumn {
  /** A GJSON path into the row. */
  selector: string;
  /** The frame field's name (an alias). */
  text: string;
  type: 'string' | 'number' | 'timestamp' | 'timestamp_epoch' | 'timestamp_epoch_s' | 'boolean';
  /** A Go time layout for "timestamp" columns. */
  timestampFormat?: string;
}

/** The fields of Infinity's query model (pkg/models/query.go) that a GraphQL query over a URL uses. */
export interface InfinityQuery extends DataQuery {
  type: 'graphql';
  source: 'url';
  parser: 'backend';
  format: 'table' | 'timeseries';
  url: string;
  url_options: {
    method: 'POST';
    body_type: 'graphql';
    body_content_type: 'application/json';
    body_graphql_query: string;
    /** JSON text; Grafana variables are replaced in it before it is parsed. */
    body_graphql_variables: string;
    data?: string;
  };
  root_selector: string;
  columns: InfinityColumn[];
  filters: unknown[];
  computed_columns: InfinityColumn[];
}

/** Grafana's variable syntax (scenes' variableRegex): $var, [[var:fmt]], ${var.path:fmt}. */
const GRAFANA_VARIABLE = /\$(\w+)|\[\[(\w+?)(?::(\w+))?\]\]|\${(\w+)(?:\.([^:^}]+))?(?::([^}]+))?}/g;

/**
 * Grafana's replace(text, scopedVars, 'glob') for single values: known
 * variables are replaced by their value; unknown ones (a GraphQL `$from`)
 * stay as written. Formats and field paths are not used by the dashboard.
 */
export function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(GRAFANA_VARIABLE, (match, plain?: string, bracket?: string, bracketFormat?: string, braced?: string, fieldPath?: string, format?: string) => {
    const name = plain ?? bracket ?? braced!;
    if (!Object.hasOwn(values, name)) return match;
    if (bracketFormat || fieldPath || format) throw new Error(`${match}: the replay does not implement formats or field paths`);
    return values[name];
  });
}

/** Go's json.Marshal of a value decoded into interface{}: map keys sorted, and <, >, &, U+2028, U+2029 escaped. */
export function goJsonMarshal(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sorted(value)).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export interface DataSourceSettings {
  url: string;
  allowedHosts: string[];
}

export interface InfinityRequest {
  url: string;
  method: 'POST';
  headers: Record<string, string>;
  body: string;
  /** The GraphQL query and variables after Grafana's interpolation, for assertions. */
  query: string;
  variables: unknown;
}

/**
 * The HTTP request Infinity's backend sends for `query` after Grafana
 * replaced `values`: URL = data source URL + query URL (unless the query's
 * already starts with it), allowed only under an allowed host; a POST of
 * {"query", "variables"} as Go marshals it; Accept and Content-Type as
 * Infinity sets them for GraphQL, and the headers Go's client adds.
 */
export function infinityRequest(settings: DataSourceSettings, query: InfinityQuery, values: Record<string, string>): InfinityRequest {
  const path = interpolate(query.url, values);
  const url = path.startsWith(settings.url) ? path : settings.url + path;
  if (settings.allowedHosts.length && !settings.allowedHosts.some((host) => url.startsWith(host))) {
    throw new Error(`Infinity would refuse ${url}: it is not under an allowed host (${settings.allowedHosts.join(', ')})`);
  }
  const graphqlQuery = interpolate(query.url_options.body_graphql_query, values);
  const variablesText = interpolate(query.url_options.body_graphql_variables, values);
  // Infinity logs a variables text that is not JSON and sends null; a replay must not hide that.
  const variables = variablesText === '' ? null : (JSON.parse(variablesText) as unknown);
  return {
    url,
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json;q=0.9,text/plain',
      'User-Agent': 'Go-http-client/1.1',
      'Accept-Encoding': 'gzip',
    },
    body: goJsonMarshal({ query: graphqlQuery, variables }),
    query: graphqlQuery,
    variables,
  };
}

/** A GJSON path made only of keys ("data.activity.points"), for which GJSON's answer is plain key lookup. */
const PLAIN_GJSON_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** What GJSON's Get answers for a plain key path: the value, or undefined when a key is missing or a step is not an object. */
export function gjsonGet(value: unknown, path: string): unknown {
  if (!PLAIN_GJSON_PATH.test(path)) throw new Error(`${JSON.stringify(path)} is not a plain GJSON key path; the replay reads only those`);
  return path.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>)[key] : undefined), value);
}

/** RFC 3339 as Go's layout "2006-01-02T15:04:05Z07:00" parses it (fractions allowed). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `value` reads as a field of `column`'s type, as Infinity's framer converts it (null is always allowed: fields are nullable). */
export function fitsColumn(value: unknown, column: InfinityColumn): boolean {
  if (value === null || value === undefined) return true;
  switch (column.type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'timestamp':
      return column.timestampFormat === '2006-01-02T15:04:05Z07:00' && typeof value === 'string' && RFC3339.test(value) && !Number.isNaN(Date.parse(value));
    default:
      return false;
  }
}
