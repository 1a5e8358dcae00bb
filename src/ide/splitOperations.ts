import {
  Kind,
  parse,
  valueFromASTUntyped,
  visit,
  type DefinitionNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';

/** One operation of a multi-operation document, cut out so that it runs on its own. */
export interface SplitOperation {
  /** The operation's name, e.g. `RoundParticipants`. */
  name: string;
  /**
   * The operation as written in the source (with the comment lines right above
   * it), followed by every fragment it spreads, directly or through other
   * fragments, in source order.
   */
  document: string;
  /** One entry per declared variable: its default value, or null when it has none. */
  variables: Record<string, unknown>;
}

/**
 * Splits an executable GraphQL document into one self-contained document per
 * operation, keeping the source's own text and comments. Throws when an
 * operation is anonymous, a name is used twice, a spread names a fragment the
 * document lacks, or the document holds anything but operations and fragments.
 */
export function splitOperations(source: string): SplitOperation[] {
  const document = parse(source);
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      ensureUnique(fragments.has(definition.name.value), 'fragment', definition.name.value);
      fragments.set(definition.name.value, definition);
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      if (!definition.name) {
        throw new Error(`expected every operation to be named, but the one at line ${lineOf(source, definition)} has no name`);
      }
      ensureUnique(operations.some((o) => o.name?.value === definition.name?.value), 'operation', definition.name.value);
      operations.push(definition);
    } else {
      throw new Error(`expected only operations and fragments, but got ${definition.kind} at line ${lineOf(source, definition)}`);
    }
  }

  return operations.map((operation) => {
    const used = collectFragments(operation, fragments);
    const parts = [textWithLeadingComments(source, operation)];
    for (const fragment of fragments.values()) {
      if (used.has(fragment.name.value)) parts.push(textOf(source, fragment));
    }
    return {
      name: operation.name!.value,
      document: `${parts.join('\n\n')}\n`,
      variables: Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          v.defaultValue ? valueFromASTUntyped(v.defaultValue) : null,
        ]),
      ),
    };
  });
}

/** Names of the fragments `root` spreads, followed through fragments that spread others. */
function collectFragments(root: DefinitionNode, fragments: Map<string, FragmentDefinitionNode>): Set<string> {
  const found = new Set<string>();
  const pending: DefinitionNode[] = [root];
  while (pending.length > 0) {
    visit(pending.pop()!, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        if (found.has(name)) return;
        const fragment = fragments.get(name);
        if (!fragment) throw new Error(`expected a definition of fragment ${name}, but the document has none`);
        found.add(name);
        pending.push(fragment);
      },
    });
  }
  return found;
}

function ensureUnique(taken: boolean, what: string, name: string): void {
  if (taken) throw new Error(`expected each ${what} name once, but ${name} is defined twice`);
}

function textOf(source: string, node: DefinitionNode): string {
  return source.slice(node.loc!.start, node.loc!.end);
}

/** The definition's text, preceded by the block of `#` lines directly above it (no blank line between). */
function textWithLeadingComments(source: string, node: DefinitionNode): string {
  const before = source.slice(0, node.loc!.start).split('\n');
  before.pop(); // the part of the definition's own line before it: indentation at most
  const comments: string[] = [];
  for (let i = before.length - 1; i >= 0 && before[i].trimStart().startsWith('#'); i--) {
    comments.unshift(before[i].trim());
  }
  return [...comments, textOf(source, node)].join('\n');
}

function lineOf(source: string, node: DefinitionNode): number {
  return source.slice(0, node.loc!.start).split('\n').length;
}
