import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { getNamedType, getNullableType, GraphQLError, isListType, type GraphQLSchema, type ValidationContext, type ValidationRule } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { ErrorCode } from '../errors/index.js';

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  /** Most nodes a query may ask for, counting page sizes as GitHub does. */
  maxCost: number;
  maxPageSize: number;
}

/** How many (document, operation, variables) cost estimates the cost limit remembers. */
const COST_CACHE_SIZE = 1_000;

/** Plain lists are short by design (a round has a few delegations); count each as this many items. */
const PLAIN_LIST_ITEMS = 5;

/** The message prefix that marks a refused-for-size query (see `isLimitError`). */
const LIMIT_PREFIX = 'Query refused: ';

/**
 * True for the errors these limits produce (ours, graphql-armor's depth and
 * alias rules, graphql-js's token limit), so they get the QUERY_TOO_COMPLEX code.
 */
export function isLimitError(message: string): boolean {
  return (
    message.startsWith(LIMIT_PREFIX) ||
    /^Syntax Error: (Query depth|Aliases) limit of \d+ exceeded/.test(message) ||
    /^Syntax Error: Document contains more that \d+ tokens/.test(message)
  );
}

/** Report a refusal as a validation error (armor would throw it, which Apollo answers with a 500). */
const reportAsValidationError = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

/** Depth and alias limits, checked while validating, before anything runs. */
export function limitValidationRules(limits: QueryLimits): ValidationRule[] {
  return [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true, ...reportAsValidationError }) as unknown as ValidationRule,
    maxAliasesRule({ n: limits.maxAliases, ...reportAsValidationError }) as unknown as ValidationRule,
  ];
}

/**
 * Estimates how many nodes a query can return, as GitHub counts them: a
 * connection costs its `first` times what each item asks for; a plain list
 * PLAIN_LIST_ITEMS times; anything else 1 plus its children.
 */
function nodeCountEstimator(maxPageSize: number, pageOutOfRange: (first: number) => void): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    // A connection's nodes/edges are the page its `first` already counted.
    if (parent.name.endsWith('Connection') && (field.name === 'nodes' || field.name === 'edges')) return childComplexity;
    const type = getNullableType(field.type);
    if (getNamedType(type).name.endsWith('Connection') && typeof args.first === 'number') {
      if (args.first > maxPageSize || args.first < 0) pageOutOfRange(args.first);
      return 1 + Math.max(args.first, 1) * childComplexity;
    }
    if (isListType(type)) return 1 + PLAIN_LIST_ITEMS * childComplexity;
    return 1 + childComplexity;
  };
}

/**
 * Refuses, before execution and so before any SQL, an operation whose
 * estimated node count is over `maxCost` or that asks for a page over
 * `maxPageSize`. Variables are known here, unlike in validation rules. The
 * estimate depends only on the document, the operation and the variables,
 * so it is remembered for the last COST_CACHE_SIZE of them (dashboards send
 * the same few operations over and over).
 */
export function costLimitPlugin(schema: () => GraphQLSchema, limits: QueryLimits): ApolloServerPlugin {
  const estimates = new Map<string, { cost: number; badPage: number | undefined }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operationName, queryHash }) {
          const key = `${queryHash}\u0000${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let estimate = estimates.get(key);
          if (!estimate) {
            let badPage: number | undefined;
            try {
              const cost = getComplexity({
                schema: schema(),
                query: document,
                operationName: operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [nodeCountEstimator(limits.maxPageSize, (first) => (badPage ??= first))],
              });
              estimate = { cost, badPage };
            } catch (error) {
              // Variables that do not fit their types: the same answer execution would give.
              throw new GraphQLError((error as Error).message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            }
            if (estimates.size >= COST_CACHE_SIZE) estimates.clear();
            estimates.set(key, estimate);
          }
          const { cost, badPage } = estimate;
          if (badPage !== undefined) {
            throw new GraphQLError(`first must be between 0 and ${limits.maxPageSize}, but got ${badPage}; page through larger lists with after.`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, argument: 'first', http: { status: 400 } },
            });
          }
          if (cost > limits.maxCost) {
            throw new GraphQLError(`${LIMIT_PREFIX}it could return about ${cost} nodes; the limit is ${limits.maxCost}. Ask for smaller pages or fewer nested lists.`, {
              extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, cost, limit: limits.maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
