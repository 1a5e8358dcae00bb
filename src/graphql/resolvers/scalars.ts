import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';
import { parseInstant, type Instant } from '../../lib/instant.js';

/** A segment of an input path is a field name or a list index. */
function ensurePathSegment(value: unknown): string | number {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return value;
  throw new GraphQLError(`A PathSegment is a String or an Int, but got: ${JSON.stringify(value)}`);
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
 * can shift it. PathSegment (a userError's `field` steps) is a String or an Int.
 */
export const scalarResolvers = {
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, YYYY-MM-DD.' }),
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
  Instant: new GraphQLScalarType<Instant, string>({
    name: 'Instant',
    description: 'A calendar date, an ISO 8601 date-time with an offset, or epoch milliseconds (input); ISO 8601 with an offset (output).',
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
  PathSegment: new GraphQLScalarType({
    name: 'PathSegment',
    description: "One step of a path into a mutation's input: a field name (String) or a list index (Int).",
    serialize: ensurePathSegment,
    parseValue: ensurePathSegment,
    parseLiteral: (ast) => {
      if (ast.kind === Kind.STRING) return ast.value;
      if (ast.kind === Kind.INT) return Number(ast.value);
      throw new GraphQLError('A PathSegment is a String or an Int.');
    },
  }),
};
