/**
 * The benchmark's reference endpoint: the practical limit on this machine.
 * It answers three of the measured operations (Q1 node by ID, Q3
 * RoundParticipants, Q5 Statements) each with ONE SQL statement that builds
 * the whole JSON response in PostgreSQL, exactly as the API answers it (the
 * benchmark checks that first), and writes that text out untouched. No
 * GraphQL, no validation, no limits: it knows its three queries by name and
 * runs them as prepared statements.
 *
 * Run as a process: `node --import tsx bench/reference.ts` with DATABASE_URL,
 * PORT and DB_POOL_SIZE; it prints "listening <port>" when ready.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import pg from 'pg';

/** A global ID in SQL, as src/lib/globalId.ts makes it: base64url of "Type:id" (no padding, no line breaks). */
const gid = (type: string, id: string) => `rtrim(translate(encode(convert_to('${type}:' || ${id}, 'UTF8'), 'base64'), '+/' || chr(10), '-_'), '=')`;
const actor = (alias: string, type: 'Person' | 'Organization') => `json_build_object('id', ${gid(type, `${alias}."id"`)}, 'name', ${alias}."name")`;
const citations = (column: string, id: string) => `coalesce((
  SELECT json_agg(json_build_object('excerpt', c."excerpt", 'start', c."start_offset", 'end', c."end_offset",
    'source', json_build_object('id', ${gid('Source', 'so."id"')}, 'title', so."title", 'publisher', so."publisher", 'publishedAt', so."published_at"))
    ORDER BY c."source_id", c."start_offset", c."id")
  FROM "citation" c JOIN "source" so ON so."id" = c."source_id" WHERE c."${column}" = ${id} AND c."retracted_at" IS NULL), '[]'::json)`;
const speaker = (s: string) => `CASE WHEN ${s}."speaker_person_id" IS NOT NULL
    THEN (SELECT json_build_object('__typename', 'Person', 'id', ${gid('Person', 'p."id"')}, 'name', p."name") FROM "person" p WHERE p."id" = ${s}."speaker_person_id")
    ELSE (SELECT json_build_object('__typename', 'Organization', 'id', ${gid('Organization', 'o."id"')}, 'name', o."name") FROM "organization" o WHERE o."id" = ${s}."speaker_organization_id") END`;

/** contract/core.graphql `Node` for one ID: $1 the global ID as sent, $2 the row id, $3 the table. */
const NODE_SQL = (table: string, type: string) =>
  `SELECT json_build_object('data', json_build_object('node', (SELECT json_build_object('id', $1::text, '__typename', '${type}') FROM "${table}" WHERE "id" = $2)))::text AS "json"`;

/** contract/core.graphql `RoundParticipants($number)`: $1 the round number. */
const ROUND_PARTICIPANTS_SQL = `
WITH "r" AS (
  SELECT * FROM "round" "t" WHERE "t"."retracted_at" IS NULL AND "t"."number" = $1
  ORDER BY COALESCE("t"."start_date", 'infinity'::date), "t"."id" LIMIT 10
)
SELECT json_build_object('data', json_build_object('rounds', json_build_object(
  'totalCount', (SELECT count(*) FROM "round" "t" WHERE "t"."retracted_at" IS NULL AND "t"."number" = $1),
  'nodes', coalesce((SELECT json_agg(json_build_object(
    'id', ${gid('Round', 'r."id"')}, 'number', r."number", 'startDate', r."start_date", 'endDate', r."end_date",
    'location', r."location", 'outcome', r."outcome",
    'negotiation', (SELECT json_build_object('id', ${gid('Negotiation', 'n."id"')}, 'title', n."title", 'status', n."status",
        'parties', coalesce((SELECT json_agg(${actor('o', 'Organization')} ORDER BY o."name", o."id")
          FROM "negotiation_party" np JOIN "organization" o ON o."id" = np."organization_id" WHERE np."negotiation_id" = n."id" AND o."retracted_at" IS NULL), '[]'::json),
        'agreement', (SELECT json_build_object('id', ${gid('Agreement', 'a."id"')}, 'name', a."name", 'shortName', a."short_name") FROM "agreement" a WHERE a."id" = n."agreement_id"))
      FROM "negotiation" n WHERE n."id" = r."negotiation_id"),
    'delegations', coalesce((SELECT json_agg(json_build_object('id', ${gid('Delegation', 'd."id"')},
        'party', (SELECT ${actor('o', 'Organization')} FROM "organization" o WHERE o."id" = d."party_id"),
        'head', (SELECT ${actor('p', 'Person')} FROM "person" p WHERE p."id" = d."head_id"),
        'members', coalesce((SELECT json_agg(json_build_object('role', m."role", 'person', (SELECT ${actor('p', 'Person')} FROM "person" p WHERE p."id" = m."person_id")) ORDER BY m."id")
          FROM "delegation_member" m WHERE m."delegation_id" = d."id" AND m."retracted_at" IS NULL), '[]'::json))
      ORDER BY d."id") FROM "delegation" d WHERE d."round_id" = r."id" AND d."retracted_at" IS NULL), '[]'::json),
    'participants', coalesce((SELECT json_agg(json_build_object('role', rp."role",
        'person', (SELECT ${actor('p', 'Person')} FROM "person" p WHERE p."id" = rp."person_id"),
        'party', (SELECT ${actor('o', 'Organization')} FROM "organization" o WHERE o."id" = rp."party_id"),
        'statements', coalesce((SELECT json_agg(json_build_object('id', ${gid('Statement', 's."id"')}, 'text', s."text", 'kind', s."kind") ORDER BY s."stated_start" ASC NULLS LAST, s."id")
          FROM "statement" s WHERE s."round_id" = rp."round_id" AND s."speaker_person_id" = rp."person_id" AND s."retracted_at" IS NULL), '[]'::json))
      ORDER BY rp."id") FROM "round_participant" rp WHERE rp."round_id" = r."id" AND rp."retracted_at" IS NULL), '[]'::json),
    'statements', coalesce((SELECT json_agg(json_build_object('id', ${gid('Statement', 's."id"')}, 'text', s."text", 'kind', s."kind", 'speaker', ${speaker('s')})
        ORDER BY s."stated_start" ASC NULLS LAST, s."id") FROM "statement" s WHERE s."round_id" = r."id" AND s."retracted_at" IS NULL), '[]'::json),
    'citations', ${citations('round_id', 'r."id"')}
  ) ORDER BY COALESCE(r."start_date", 'infinity'::date), r."id") FROM "r"), '[]'::json)
)))::text AS "json"`;

const STATEMENTS_TAG = 'statements:STATED_ON:DESC';
/** A cursor in SQL, as src/lib/cursor.ts makes it: base64url of the JSON array [tag, sort value, id]. */
const cursor = (s: string) =>
  `rtrim(translate(encode(convert_to('["${STATEMENTS_TAG}",' || to_json(${s}."sort"::text)::text || ',' || ${s}."id" || ']', 'UTF8'), 'base64'), '+/' || chr(10), '-_'), '=')`;

/** contract/core.graphql `Statements($first, $after)`: $1 first; $2, $3 the cursor's sort value and id (null on page 1). */
const STATEMENTS_SQL = `
WITH "page" AS (
  SELECT "t".*, COALESCE("t"."stated_start", '-infinity'::date) AS "sort" FROM "statement" "t"
  WHERE "t"."retracted_at" IS NULL AND ($2::date IS NULL OR (COALESCE("t"."stated_start", '-infinity'::date), "t"."id") < ($2::date, $3::int))
  ORDER BY COALESCE("t"."stated_start", '-infinity'::date) DESC, "t"."id" DESC LIMIT $1 + 1
), "shown" AS (SELECT * FROM "page" ORDER BY "sort" DESC, "id" DESC LIMIT $1)
SELECT json_build_object('data', json_build_object('statements', json_build_object(
  'totalCount', (SELECT coalesce(sum("live"), 0) FROM "list_total" WHERE "fact_table" = 'statement'),
  'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > $1 FROM "page"),
    'endCursor', (SELECT ${cursor('l')} FROM (SELECT * FROM "shown" ORDER BY "sort", "id" LIMIT 1) "l")),
  'edges', coalesce((SELECT json_agg(json_build_object('cursor', ${cursor('s')}, 'node', json_build_object(
    'id', ${gid('Statement', 's."id"')}, 'text', s."text", 'kind', s."kind",
    'statedOn', CASE WHEN s."stated_start" IS NULL OR s."stated_end" IS NULL THEN NULL
      ELSE json_build_object('start', s."stated_start", 'end', s."stated_end", 'wording', s."stated_wording") END,
    'speaker', ${speaker('s')},
    'round', (SELECT json_build_object('id', ${gid('Round', 'r."id"')}, 'number', r."number") FROM "round" r WHERE r."id" = s."round_id"),
    'negotiation', json_build_object('id', ${gid('Negotiation', 's."negotiation_id"')}),
    'citations', ${citations('statement_id', 's."id"')}
  )) ORDER BY s."sort" DESC, s."id" DESC) FROM "shown" s), '[]'::json)
)))::text AS "json"`;

const NODE_TABLES: Record<string, string> = { Round: 'round', Statement: 'statement', Negotiation: 'negotiation', Person: 'person', Organization: 'organization' };

interface Request {
  operationName?: string;
  variables?: Record<string, any>;
}

/** The one statement (text and parameters) answering `request`, or null for an operation the reference does not know. */
export function referenceStatement(request: Request): { name: string; text: string; values: unknown[] } | null {
  const v = request.variables ?? {};
  switch (request.operationName) {
    case 'Node': {
      const [type, id] = Buffer.from(String(v.id), 'base64url').toString('utf8').split(':');
      return NODE_TABLES[type] ? { name: `node_${type}`, text: NODE_SQL(NODE_TABLES[type], type), values: [v.id, Number(id)] } : null;
    }
    case 'RoundParticipants':
      return { name: 'round_participants', text: ROUND_PARTICIPANTS_SQL, values: [v.number] };
    case 'Statements': {
      const after = v.after ? (JSON.parse(Buffer.from(String(v.after), 'base64url').toString('utf8')) as [string, string, number]) : null;
      return { name: 'statements', text: STATEMENTS_SQL, values: [v.first, after?.[1] ?? null, after?.[2] ?? null] };
    }
    default:
      return null;
  }
}

/** An HTTP server answering POST /graphql for the reference's operations through `pool`. */
export function createReferenceServer(pool: pg.Pool) {
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let statement: ReturnType<typeof referenceStatement> = null;
      try {
        statement = referenceStatement(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Request);
      } catch {
        statement = null;
      }
      if (!statement) {
        res.writeHead(400, { 'content-type': 'application/json' }).end('{"errors":[{"message":"unknown operation"}]}');
        return;
      }
      pool.query<{ json: string }>(statement).then(
        (result) => res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(result.rows[0].json),
        (error: Error) => res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: error.message }] })),
      );
    });
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  const server = createReferenceServer(pool);
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
}
