import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

/** The process's Prometheus metrics, one registry per app (tests build several apps in one process). */
export interface Metrics {
  registry: Registry;
  requests: Counter<'route' | 'status'>;
  commands: Counter<'platform' | 'command'>;
  commandSeconds: Histogram<'platform'>;
  llmCalls: Counter<'task' | 'outcome'>;
  llmTokens: Counter<'direction'>;
  llmCostUsd: Counter;
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
    llmCalls: new Counter({
      name: 'prep_llm_calls_total',
      help: 'LLM calls by task and outcome (ok or fallback)',
      labelNames: ['task', 'outcome'],
      registers: [registry],
    }),
    llmTokens: new Counter({
      name: 'prep_llm_tokens_total',
      help: 'LLM tokens by direction (in, out)',
      labelNames: ['direction'],
      registers: [registry],
    }),
    llmCostUsd: new Counter({
      name: 'prep_llm_cost_usd_total',
      help: 'Metered LLM cost in US dollars (from the price table)',
      registers: [registry],
    }),
  };
}
