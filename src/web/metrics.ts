import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The process's Prometheus metrics, one registry per app (tests build several apps in one process). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  commands: Counter<'platform' | 'command'>;
  commandSeconds: Histogram<'platform'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'prep_' });
  return {
    registry,
    requests: new Counter({
      name: 'prep_http_requests_total',
      help: 'HTTP requests by route and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
    commands: new Counter({
      name: 'prep_commands_total',
      help: 'Chat commands handled',
      labelNames: ['platform', 'command'],
      registers: [registry],
    }),
    commandSeconds: new Histogram({
      name: 'prep_command_duration_seconds',
      help: 'Time from a chat command arriving to its replies being ready',
      labelNames: ['platform'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
}
