# One image for the API and the worker (the compose file picks the command), on the current Node
# LTS. Stages: build (all dependencies, compiled dist/), seed (build + the TypeScript demo seed),
# runtime-deps (production dependencies only) and the final runtime image.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# `docker compose --profile demo run --rm seed`: the demo seed runs from sources with ts-node, which
# only the build stage has; it is never part of the runtime image.
FROM build AS seed
ENV NODE_ENV=development
CMD ["node", "-r", "ts-node/register/transpile-only", "-r", "tsconfig-paths/register", "scripts/seed/demo-seed.ts"]

FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund

# The runtime: compiled code (migrations and the migration runner included) and production
# dependencies (graphiql and react among them: the explorer serves them when NODE_ENV is not
# production). HOST=0.0.0.0 because a container is reached through its network interface.
FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=runtime-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY LICENSE ./
USER node
EXPOSE 3000
# /health answers while the process serves; the worker (no HTTP) turns this off in docker-compose.yml.
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=256", "dist/apps/api/src/main.js"]
