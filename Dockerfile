# The GraphQL server alone (Neo4j comes from docker-compose.yml or NEO4J_URI).
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV NODE_ENV=production
EXPOSE 4000
# node itself (not npx) is PID 1, so SIGTERM from `docker stop` reaches the graceful shutdown.
CMD ["node", "--import", "tsx", "src/index.ts"]
