/**
 * Lints schema.graphql, and only it (`npm run lint:schema`; CI fails on any
 * finding): every element has a description, and connections follow the
 * Relay cursor spec. The TypeScript code is not linted here.
 */
import { fileURLToPath } from 'node:url';
import graphql from '@graphql-eslint/eslint-plugin';

const SCHEMA = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/**
 * Findings a rule may not make, each with the reason the schema departs from
 * the rule on purpose. Everything else the rule reports still fails.
 */
const EXCEPTIONS = {
  'relay-edge-types': [
    {
      type: 'ChangeEdge',
      messageId: 'MESSAGE_SHOULD_IMPLEMENTS_NODE',
      reason:
        "A Change is one entry of a fact's history, not an object of its own: it has no global ID, node(id:) cannot fetch it, " +
        'and nothing refers to it. It is reached only through the history of its fact, whose cursors page it.',
    },
  ],
};

/** The name of the type definition a reported AST node is in, if any. */
function enclosingTypeName(node) {
  for (let n = node; n; n = n.parent) {
    if (/(TypeDefinition|TypeExtension)$/.test(n.kind ?? '') && n.name) return n.name.value;
  }
  return undefined;
}

/** `rule`, minus the findings EXCEPTIONS lists for it. */
function withExceptions(name, rule) {
  const exceptions = EXCEPTIONS[name] ?? [];
  if (exceptions.length === 0) return rule;
  return {
    ...rule,
    create(context) {
      const report = (descriptor) => {
        const type = descriptor.node ? enclosingTypeName(descriptor.node) : undefined;
        if (exceptions.some((e) => e.type === type && e.messageId === descriptor.messageId)) return;
        context.report(descriptor);
      };
      return rule.create(Object.create(context, { report: { value: report } }));
    },
  };
}

const plugin = {
  ...graphql,
  rules: Object.fromEntries(Object.entries(graphql.rules).map(([name, rule]) => [name, withExceptions(name, rule)])),
};

/** The lint of the schema at `schemaPath` (a file named schema.graphql); the tests lint altered copies with it. */
export function schemaLintConfig(schemaPath) {
  return [
    // Nothing but the schema: `eslint .` must not wander into the TypeScript code.
    { ignores: ['**/*', '!schema.graphql'] },
    {
      files: ['schema.graphql'],
      languageOptions: {
        parser: graphql.parser,
        parserOptions: { graphQLConfig: { schema: schemaPath } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      plugins: { '@graphql-eslint': plugin },
      rules: {
        // Every type, field, argument, input field, enum value, directive and
        // scalar. FieldDefinition covers the root fields of Query and Mutation
        // too. The rule's `rootField` option is not used: it builds its
        // selector as /^(Query,Mutation)$/, which matches no type once a schema
        // has both roots (test/schemaDocs.test.ts shows root fields are checked).
        '@graphql-eslint/require-description': [
          'error',
          {
            types: true,
            ScalarTypeDefinition: true,
            FieldDefinition: true,
            InputValueDefinition: true,
            EnumValueDefinition: true,
            DirectiveDefinition: true,
          },
        ],
        '@graphql-eslint/relay-connection-types': 'error',
        '@graphql-eslint/relay-page-info': 'error',
        // Short lists (a round's delegations) are plain lists on purpose, so a
        // list need not wrap an edge type. An edge's node must be a Node but
        // for the EXCEPTIONS above; SearchResultEdge's node is a union of Node
        // types, which the rule accepts.
        '@graphql-eslint/relay-edge-types': ['error', { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false }],
        // Connections page forward only (first/after); there is no last/before.
        '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      },
    },
  ];
}

export default schemaLintConfig(SCHEMA);
