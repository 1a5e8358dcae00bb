import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** A segment of an input path is a field name or a list index. */
function ensurePathSegment(value: unknown): string | number {
  if (typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))) return value;
  throw new GraphQLError(`A PathSegment is a String or an Int, but got: ${JSON.stringify(value)}`);
}

/**
 * Date is a calendar date string both ways ("2020-01-16"), so no time zone
 * can shift it. PathSegment (a userError's `field` steps) is a String or an Int.
 */
export const scalarResolvers = {
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, YYYY-MM-DD.' }),
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
