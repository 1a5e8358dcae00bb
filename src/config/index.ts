import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('localhost'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data/postgres'),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
  DB_POOL_WAIT_MS: z.coerce.number().int().min(1).max(600_000).default(5_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  DB_SLOW_QUERY_MS: z.coerce.number().int().min(1).default(500),
  MAX_PAGE_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(12),
  MAX_ALIASES: z.coerce.number().int().min(0).max(1_000).default(30),
  MAX_TOKENS: z.coerce.number().int().min(100).max(1_000_000).default(4_000),
  MAX_COST: z.coerce.number().int().min(1).default(100_000),
  MAX_BATCH: z.coerce.number().int().min(0).max(100).default(10),
  MAX_BODY_BYTES: z.coerce.number().int().min(1_000).default(1_000_000),
  MAX_HEADER_BYTES: z.coerce.number().int().min(1_024).max(1_000_000).default(16_384),
  INTROSPECTION: booleanFromEnv.default(true),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.literal('*'), z.url({ message: 'each CORS origin must be a URL like https://dash.example.org, or *' })]))),
  READS_REQUIRE_TOKEN: booleanFromEnv.default(false),
  API_CACHE_MAX_AGE: z.coerce.number().int().min(0).max(86_400).default(60),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(60_000).default(8_000),
  SEEDS_DIR: z.string().min(1).default('seeds'),
  SEED_ON_START: booleanFromEnv.default(true),
  WARM_UP_ON_START: booleanFromEnv.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The validated settings of one process; built once by `loadConfig`. */
export type Config = z.infer<typeof schema>;

/** Thrown when the environment holds a bad value; one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates every setting from `env` (default: process.env).
 * Empty strings count as unset. Throws ConfigError naming each bad variable.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message} (got ${JSON.stringify(present[String(i.path[0])])})`),
    );
  }
  return parsed.data;
}
