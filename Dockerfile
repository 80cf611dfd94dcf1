# Bilikti: one image that serves the NestJS API and the built SPA on port 3000.
#   docker build -t bilikti .        (or `docker compose up --build`, see docker-compose.yml)
# Needs DATABASE_URL at run time; pending migrations run at start-up (MIGRATIONS_RUN=true).

ARG NODE_IMAGE=node:24-bookworm-slim

# ---------------------------------------------------------------------------------------------
# build: every dependency (dev included), then nx builds libs/contracts → apps/api → apps/web.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NPM_CONFIG_UPDATE_NOTIFIER=false

# Manifests first, so the dependency layer is reused until one of them changes. Every npm
# workspace (apps/*, libs/*) must be listed here; apps/api/test/deployment checks that.
COPY package.json package-lock.json .npmrc ./
COPY libs/contracts/package.json libs/contracts/
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
# `npm install`, not `npm ci`: ci fails against the project's registry mirror. The lockfile
# still pins every version.
RUN npm install --no-audit --no-fund

COPY . .
# Build, then drop devDependencies in place. The pruned node_modules is what the runtime stage
# copies: it keeps the workspace symlink node_modules/@bilikti/contracts → ../../libs/contracts
# that the compiled API resolves at run time, and needs no second install (or registry access).
RUN npm run build \
 && npm prune --omit=dev --no-audit --no-fund

# ---------------------------------------------------------------------------------------------
# runtime: production dependencies + build output only, as the unprivileged `node` user.
# ---------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    HOST=0.0.0.0 \
    WEB_DIST_DIR=/app/apps/web/dist \
    STORAGE_DIR=/app/storage

# Code stays root-owned (read-only for the app); only the media folder is writable by `node`.
# A fresh named volume mounted at /app/storage inherits that ownership.
# package.json: the API reports its version from it (the repo root is the working directory).
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/contracts/package.json ./libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist ./libs/contracts/dist
COPY --from=build /app/dist/api ./dist/api
COPY --from=build /app/apps/web/dist ./apps/web/dist
RUN mkdir -p /app/storage && chown node:node /app/storage

USER node
EXPOSE 3000

# No curl in slim images: Node's built-in fetch. 200 only when the database answers too.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["node", "dist/api/apps/api/src/main.js"]
