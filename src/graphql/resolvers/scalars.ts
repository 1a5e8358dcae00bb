import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

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
 * Date is a calendar date string both ways ("2020-01-16"), so no time zone
 * can shift it. PathSegment (a userError's `field` steps) is a String or an Int.
 */
export const scalarResolvers = {
  Date: new GraphQLScalarType({
    ...localDate,
    name: 'Date',
    description: 'A calendar date, YYYY-MM-DD, years 0001 to 9999.',
    parseValue: withinStorableYears(localDate.parseValue!),
    parseLiteral: withinStorableYears(localDate.parseLiteral!),
  }),
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
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
