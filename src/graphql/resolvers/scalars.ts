import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, JSONResolver, LocalDateResolver } from 'graphql-scalars';

/** Date is a calendar date string both ways ("2020-01-16"), so no time zone can shift it. */
export const scalarResolvers = {
  Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, YYYY-MM-DD.' }),
  DateTime: DateTimeResolver,
  JSON: JSONResolver,
};
