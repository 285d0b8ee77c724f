# One image for the three apps; docker-compose.yml picks the entry point per service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN node scripts/build.mjs --force && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# the shipped local classifier (MODERATION_LOCAL_MODEL_DIR defaults to it, relative to /app)
COPY --from=build /app/libs/moderation-rules/models ./libs/moderation-rules/models
COPY --from=build /app/package.json ./
USER node
