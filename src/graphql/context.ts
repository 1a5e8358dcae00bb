import type { DataSource } from 'typeorm';
import { createLoaders, type Loaders } from '../loaders/createLoaders.js';
import { RequestSql } from '../loaders/sql.js';

/** What every resolver of one request shares. */
export interface Context {
  dataSource: DataSource;
  sql: RequestSql;
  loaders: Loaders;
  /** The largest `first` a list accepts. */
  maxPageSize: number;
}

/** A fresh context, with fresh DataLoaders, for one request. */
export function createContext(dataSource: DataSource, options: { maxPageSize: number }): Context {
  const sql = new RequestSql(dataSource);
  return { dataSource, sql, loaders: createLoaders(sql, dataSource), maxPageSize: options.maxPageSize };
}
