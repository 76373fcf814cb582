# Safeguarding assistant: the bot server as a container.
# The sources are TypeScript that Node.js 24 runs directly (type stripping), so the runtime image is Node.js 24
# itself; nothing is compiled. Build: docker build -t safeguarding-bot .   Run and configure: docs/operations.md.

# Stage 1: production dependencies only, installed exactly from the lock file.
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund \
    && npm cache clean --force

# Stage 2: the runtime. Code and dependencies are owned by root and read-only to the app's user;
# the only writable place is /data, the embedded store's volume.
FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    PORT=3978 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY package.json ./
COPY knowledge ./knowledge
COPY cards ./cards
COPY dialogs ./dialogs
COPY bot ./bot
RUN mkdir -p /data \
    && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3978
# No curl in the slim image: Node's own fetch asks the liveness endpoint.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch(`http://127.0.0.1:${process.env.PORT || 3978}/healthz`).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=16", "bot/main.ts"]
