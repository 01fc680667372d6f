import { z } from 'zod';

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const url = (what: string) =>
  optionalString.refine((v) => v === undefined || /^https?:\/\/[^\s]+$/.test(v), { message: `expected ${what}` });

const base64Key = optionalString.refine((v) => v === undefined || Buffer.from(v, 'base64').length === 32, {
  message: 'expected 32 bytes encoded as base64 (make one with: openssl rand -base64 32)',
});

/** Every environment variable the bot reads (DESIGN.md, Contracts). Nothing else reads process.env. */
export const EnvSchema = z
  .object({
    PORT: z.coerce.number({ message: 'expected a port number' }).int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_URL: url('a URL such as https://prep.example.org'),
    DATA_DIR: z.string().default('./.data'),
    DATABASE_URL: optionalString.refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: 'expected a postgres:// or postgresql:// connection string',
    }),
    DATA_KEY: base64Key,
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: url('the base URL of an OpenAI-compatible API, such as http://localhost:11434/v1'),
    LLM_MODEL: optionalString,
    LLM_CONCURRENCY: z.coerce.number({ message: 'expected a whole number' }).int().min(1).max(32).default(8),
    LLM_TIMEOUT_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(1000).max(600_000).default(45_000),
    LLM_REPORT_DEADLINE_MS: z.coerce.number({ message: 'expected milliseconds' }).int().min(1000).max(1_800_000).default(120_000),
    LLM_MAX_RETRIES: z.coerce.number({ message: 'expected a whole number' }).int().min(0).max(10).default(2),
    LLM_DAILY_BUDGET_USD: z.coerce.number({ message: 'expected an amount in US dollars, such as 5' }).min(0).optional(),
    SLACK_BOT_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xoxb-'), {
      message: 'expected a bot token starting with xoxb-',
    }),
    SLACK_SIGNING_SECRET: optionalString,
    SLACK_APP_TOKEN: optionalString.refine((v) => v === undefined || v.startsWith('xapp-'), {
      message: 'expected an app-level token starting with xapp-',
    }),
    SLACK_CLIENT_ID: optionalString,
    SLACK_CLIENT_SECRET: optionalString,
    SLACK_STATE_SECRET: optionalString,
    SLACK_API_URL: url('the Slack Web API base URL, such as https://slack.com/api/'),
    DISCORD_TOKEN: optionalString,
    DISCORD_APPLICATION_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
      message: 'expected the numeric application id from the Discord developer portal',
    }),
    DISCORD_API_URL: url('the Discord REST base URL, such as https://discord.com/api'),
    DISCORD_GUILD_ID: optionalString.refine((v) => v === undefined || /^\d{5,25}$/.test(v), {
      message: 'expected the numeric id of a Discord server (guild)',
    }),
    DISCORD_SHARDS: z.preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
      z.coerce
        .number({ message: 'expected a whole number of shards, such as 2' })
        .int({ message: 'expected a whole number of shards, such as 2' })
        .min(1, { message: 'expected at least 1 shard' })
        .max(1024)
        .optional(),
    ),
    METRICS_TOKEN: optionalString.refine((v) => v === undefined || v.length >= 16, {
      message: 'expected a bearer token of at least 16 characters (for example: openssl rand -hex 24)',
    }),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
        message: 'expected one of fatal, error, warn, info, debug, trace, silent',
      })
      .optional(),
  })
  .superRefine((env, ctx) => {
    const need = (when: boolean, key: keyof typeof env, why: string) => {
      if (when && !env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `is required ${why}` });
    };
    const slackOAuth = Boolean(env.SLACK_CLIENT_ID || env.SLACK_CLIENT_SECRET || env.SLACK_STATE_SECRET);
    need(Boolean(env.SLACK_BOT_TOKEN || env.SLACK_APP_TOKEN) || slackOAuth, 'SLACK_SIGNING_SECRET', 'when Slack is configured');
    need(Boolean(env.SLACK_APP_TOKEN), 'SLACK_BOT_TOKEN', 'when SLACK_APP_TOKEN is set (Socket Mode)');
    need(
      Boolean(env.SLACK_SIGNING_SECRET) && !slackOAuth,
      'SLACK_BOT_TOKEN',
      'when SLACK_SIGNING_SECRET is set (or set SLACK_CLIENT_ID/SECRET for OAuth)',
    );
    for (const k of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'] as const)
      need(slackOAuth, k, 'for multi-workspace OAuth (set all three or none)');
    need(Boolean(env.DISCORD_TOKEN), 'DISCORD_APPLICATION_ID', 'when DISCORD_TOKEN is set');
    need(Boolean(env.DISCORD_APPLICATION_ID), 'DISCORD_TOKEN', 'when DISCORD_APPLICATION_ID is set');
    need(
      env.DISCORD_SHARDS !== undefined,
      'DATABASE_URL',
      'when DISCORD_SHARDS is set (every shard is a process of its own and they share one PostgreSQL)',
    );
    need(Boolean(env.DATABASE_URL), 'DATA_KEY', 'when DATABASE_URL is set (only the embedded database generates its own key)');
  });

export type Env = z.infer<typeof EnvSchema>;

/** The parsed configuration the composition root hands to everything else. */
export interface Config {
  port: number;
  host: string;
  publicUrl: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  dataKey: Buffer | undefined;
  llm:
    | {
        apiKey: string | undefined;
        baseUrl: string | undefined;
        model: string;
        concurrency: number;
        timeoutMs: number;
        reportDeadlineMs: number;
        maxRetries: number;
        dailyBudgetUsd: number | undefined;
      }
    | undefined;
  slack:
    | {
        botToken: string | undefined;
        signingSecret: string;
        appToken: string | undefined;
        oauth: { clientId: string; clientSecret: string; stateSecret: string } | undefined;
        apiUrl: string | undefined;
      }
    | undefined;
  discord:
    | {
        token: string;
        applicationId: string;
        apiUrl: string | undefined;
        /** `npm run discord:deploy` registers the commands in this guild only (instant) instead of globally. */
        guildId: string | undefined;
        /** Run the Discord client in this many shard processes (discord.js ShardingManager); undefined: in this process. */
        shards: number | undefined;
      }
    | undefined;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken: string | undefined;
  logLevel: string | undefined;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; message: string };

/** Parses the environment; on failure returns one readable line per problem, naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0] ?? 'environment');
      return `${name} ${i.message.startsWith('is required') ? i.message : `is invalid: ${i.message}`}`;
    });
    return { ok: false, message: `Configuration error: ${lines.join('; ')}` };
  }
  const e = parsed.data;
  const llmOn = Boolean(e.OPENAI_API_KEY || e.OPENAI_BASE_URL);
  return {
    ok: true,
    config: {
      port: e.PORT,
      host: e.HOST,
      publicUrl: e.PUBLIC_URL?.replace(/\/+$/, ''),
      dataDir: e.DATA_DIR,
      databaseUrl: e.DATABASE_URL,
      dataKey: e.DATA_KEY ? Buffer.from(e.DATA_KEY, 'base64') : undefined,
      llm: llmOn
        ? {
            apiKey: e.OPENAI_API_KEY,
            baseUrl: e.OPENAI_BASE_URL,
            model: e.LLM_MODEL ?? 'gpt-4o-mini',
            concurrency: e.LLM_CONCURRENCY,
            timeoutMs: e.LLM_TIMEOUT_MS,
            reportDeadlineMs: e.LLM_REPORT_DEADLINE_MS,
            maxRetries: e.LLM_MAX_RETRIES,
            dailyBudgetUsd: e.LLM_DAILY_BUDGET_USD,
          }
        : undefined,
      slack:
        e.SLACK_SIGNING_SECRET !== undefined
          ? {
              botToken: e.SLACK_BOT_TOKEN,
              signingSecret: e.SLACK_SIGNING_SECRET,
              appToken: e.SLACK_APP_TOKEN,
              oauth:
                e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
                  ? { clientId: e.SLACK_CLIENT_ID, clientSecret: e.SLACK_CLIENT_SECRET, stateSecret: e.SLACK_STATE_SECRET }
                  : undefined,
              apiUrl: e.SLACK_API_URL,
            }
          : undefined,
      discord:
        e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
          ? {
              token: e.DISCORD_TOKEN,
              applicationId: e.DISCORD_APPLICATION_ID,
              apiUrl: e.DISCORD_API_URL?.replace(/\/+$/, ''),
              guildId: e.DISCORD_GUILD_ID,
              shards: e.DISCORD_SHARDS,
            }
          : undefined,
      metricsToken: e.METRICS_TOKEN,
      logLevel: e.LOG_LEVEL,
    },
  };
}
