import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from '../loaders/createLoaders.js';
import { RequestSql } from '../loaders/sql.js';
import { createRequestAuth, type RequestAuth } from '../services/auth/authorize.js';

/** What every resolver of one request shares. */
export interface Context {
  dataSource: DataSource;
  sql: RequestSql;
  loaders: Loaders;
  /** The largest `first` a list accepts. */
  maxPageSize: number;
  /** Who is asking; the token is looked up only when an operation needs it. */
  auth: RequestAuth;
}

export interface ContextOptions {
  maxPageSize: number;
  /** The request's Authorization header, if any ("Bearer <token>"). */
  authorization?: string | null;
  /** Reads need a valid token too (READS_REQUIRE_TOKEN); default false. */
  readsRequireToken?: boolean;
}

/** A fresh context, with fresh DataLoaders and unresolved authentication, for one request. */
export function createContext(dataSource: DataSource, options: ContextOptions): Context {
  const sql = new RequestSql(dataSource);
  return {
    dataSource,
    sql,
    loaders: createLoaders(sql, dataSource),
    maxPageSize: options.maxPageSize,
    auth: createRequestAuth(sql, options.authorization, options.readsRequireToken ?? false),
  };
}
