# prep-bot: one process serves Slack/Discord, the report pages and the health checks.
# The image runs the TypeScript sources directly on Node 24 (type stripping), exactly as
# `npm start` does, so there is no build step to drift from development.
FROM node:24-slim

WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data PORT=3000

# Production dependencies only; none of them has an install script.
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

COPY src ./src
COPY migrations ./migrations
COPY data ./data
COPY prompts ./prompts

RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000

# Same command as `npm start` (a test keeps them equal). A 16 MB young generation keeps peak
# RSS from drifting past 300 MB under a burst of reports (V8's default on a large host), and
# --optimize-for-size trades a few milliseconds per report for about 65 MB less peak RSS.
CMD ["node", "--max-semi-space-size=16", "--optimize-for-size", "src/main.ts"]
