import { GraphQLError, GraphQLScalarType, Kind, type GraphQLScalarTypeConfig } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { parseInstant, type Instant } from '../../lib/instant.js';

/** A segment of an input path is a field name or a list index. */
function ensurePathSegment(value: unknown): string | number {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return value;
  throw new GraphQLError(`A PathSegment is a String or an Int, but got: ${JSON.stringify(value)}`);
}

const localDate = LocalDateResolver.toConfig();

/** A LocalDate parser that also refuses year 0000, which PostgreSQL cannot store (its dates have no year 0). */
function withinStorableYears<A extends unknown[]>(parse: (...args: A) => unknown): (...args: A) => unknown {
  return (...args) => {
    const value = parse(...args);
    if (typeof value === 'string' && value.startsWith('0000')) {
      throw new GraphQLError(`A Date's year must be from 0001 to 9999, but got ${JSON.stringify(value)}.`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
}

/**
 * Only how a scalar reads and writes values. graphql-tools copies every
 * property of a scalar resolver onto the schema's type, so a whole
 * GraphQLScalarType would replace schema.graphql's description (what the
 * IDE's docs show) with its own; a resolver map accepts this plain object.
 */
function codingOf(scalar: GraphQLScalarType | GraphQLScalarTypeConfig<unknown, unknown>): GraphQLScalarType {
  const { serialize, parseValue, parseLiteral } = scalar;
  return { serialize, parseValue, parseLiteral } as GraphQLScalarType;
}

/** ISO 8601 with an offset, as the analytics service writes instants ("2020-01-13T00:00:00+09:00"). */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads an Instant input, turning the reason it is not one into a GraphQLError. */
function ensureInstant(value: unknown): Instant {
  try {
    return parseInstant(value);
  } catch (error) {
    throw new GraphQLError((error as Error).message);
  }
}

/**
 * Date is a calendar date string both ways ("2020-01-16"), so no time zone
 * can shift it. DateTime is written as an RFC 3339 string in UTC. PathSegment
 * (a userError's `field` steps) is a String or an Int. Their descriptions
 * are schema.graphql's.
 */
export const scalarResolvers = {
  Date: codingOf({
    ...localDate,
    parseValue: withinStorableYears(localDate.parseValue!),
    parseLiteral: withinStorableYears(localDate.parseLiteral!),
  }),
  DateTime: codingOf(DateTimeResolver),
  JSON: codingOf(JSONResolver),
  Instant: codingOf({
    name: 'Instant',
    serialize: (value) => {
      if (typeof value === 'string' && ISO_WITH_OFFSET.test(value)) return value;
      if (value instanceof Date) return value.toISOString();
      throw new GraphQLError(`An Instant is output as ISO 8601 with an offset, but got: ${JSON.stringify(value)}`);
    },
    parseValue: ensureInstant,
    parseLiteral: (ast) => {
      if (ast.kind === Kind.STRING) return ensureInstant(ast.value);
      if (ast.kind === Kind.INT) return ensureInstant(Number(ast.value));
      throw new GraphQLError('An Instant is a string ("2020-01-13", "2020-01-13T09:00:00+09:00", "1578873600000") or an integer (epoch milliseconds).');
    },
  }),
  PathSegment: codingOf({
    name: 'PathSegment',
    serialize: ensurePathSegment,
    parseValue: ensurePathSegment,
    parseLiteral: (ast) => {
      if (ast.kind === Kind.STRING) return ast.value;
      if (ast.kind === Kind.INT) return Number(ast.value);
      throw new GraphQLError('A PathSegment is a String or an Int.');
    },
  }),
};
