import type { IncomingMessage } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { Context } from '../graphql/context.js';
import { runOperation } from '../http/runOperation.js';
import { defaultNegotiation, variables, type StartData } from './common/requests.js';
import { parseState } from './common/urlState.js';

/** An answer of one of the page's operations, embedded in the page so that its boot script need not ask. */
export interface FirstAnswer {
  operationName: string;
  variables: Record<string, unknown>;
  data: unknown;
}

/** Settings of {@link createFirstAnswers}. */
export interface FirstAnswersOptions {
  apollo: ApolloServer<Context>;
  contextFor: (req: IncomingMessage) => Promise<Context>;
}

/** The page's operations by name, as its built config holds them: the same text its own requests send. */
export type PageOperations = Record<string, string>;

/**
 * Returns what answers the first two requests of the overview's first view,
 * in-process, through the public GraphQL API (the page's own operations,
 * under the browser's own Authorization header): OverviewStart when the URL
 * names no negotiation, then OverviewNegotiation of the negotiation the page
 * will show (the URL's, else common/requests.ts' defaultNegotiation). Each is
 * kept only when it answered data without errors; otherwise it and what
 * depends on it are left to the page, which asks and shows any error as it
 * always does. The panels' requests are left to the page too: it makes them
 * while its scripts run, instead of waiting for the whole document. Never
 * throws.
 */
export function createFirstAnswers(
  options: FirstAnswersOptions,
): (req: IncomingMessage, search: URLSearchParams, operations: PageOperations) => Promise<FirstAnswer[]> {
  const { apollo, contextFor } = options;

  return async (req, search, operations) => {
    const answers: FirstAnswer[] = [];
    const answer = async (operationName: string, variables: Record<string, unknown>) => {
      const found = await answerOf(req, operations[operationName], operationName, variables);
      if (found) answers.push(found);
      return found;
    };
    try {
      let id = parseState(search.toString()).negotiation;
      if (id === undefined) {
        const start = await answer('OverviewStart', {});
        id = start && defaultNegotiation(start.data as StartData);
        if (id === undefined) return answers;
      }
      await answer('OverviewNegotiation', variables.negotiation(id));
    } catch {
      // The page asks for whatever is missing itself, and reports what goes wrong then.
    }
    return answers;
  };

  async function answerOf(req: IncomingMessage, query: string | undefined, operationName: string, variables: Record<string, unknown>): Promise<FirstAnswer | undefined> {
    if (query === undefined) return undefined;
    const { status, result } = await runOperation(apollo, contextFor, req, { query, operationName, variables });
    return status !== 200 || result.errors?.length || result.data == null ? undefined : { operationName, variables, data: result.data };
  }
}
