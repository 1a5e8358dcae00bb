# syntax=docker/dockerfile:1
#
# The negotiation knowledge base's GraphQL server, with its GraphiQL IDE.
#   docker build -t negotiation-kb .        (or: docker compose up --build)
#
# Base images are pinned by exact version tag. Pinning by digest
# (node:24.21.0-bookworm-slim@sha256:...) would also fix the OS packages, but
# the digest can only be looked up on the registry, which this project's build
# machines cannot reach; add it where it can be (`docker buildx imagetools
# inspect node:24.21.0-bookworm-slim`), and bump tag and digest together.

# ---------------------------------------------------------------- build
FROM node:24.21.0-bookworm-slim AS build
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

# Only what the build reads (the IDE opens contract/core.graphql as tabs).
COPY tsconfig.json tsconfig.build.json schema.graphql ./
COPY contract ./contract
COPY scripts ./scripts
COPY migrations ./migrations
COPY src ./src
RUN npm run build

# ---------------------------------------------------------------- runtime
FROM node:24.21.0-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000
WORKDIR /app

COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# dist/ holds the server (dist/src), the compiled migrations (dist/migrations)
# and the bundled IDE (dist/ide).
COPY --from=build /app/dist ./dist
COPY schema.graphql ./
# The contract's queries are also served as saved queries (GET /api/<OperationName>).
COPY contract ./contract
COPY seeds ./seeds

# The one place the server may write: embedded PostgreSQL's data, used only
# when DATABASE_URL is unset.
RUN mkdir -p .data && chown node:node .data

# The node image's unprivileged user (uid 1000).
USER node

EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/main.js"]
