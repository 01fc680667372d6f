import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv } from 'ajv';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

// No Docker engine runs here: compose.yaml is checked against the Compose Specification's JSON
// schema (shipped in the dclint package) and for what production needs of it.
const SCHEMA = 'node_modules/dclint/schemas/compose.schema.json';
const text = readFileSync('compose.yaml', 'utf8');
const compose = yaml.load(text) as {
  services: Record<string, Record<string, unknown>>;
  volumes?: Record<string, unknown>;
};
const bot = compose.services.bot as {
  build: string;
  depends_on: Record<string, { condition: string }>;
  env_file: { path: string; required: boolean }[];
  environment: Record<string, string>;
  volumes: string[];
  healthcheck: { test: string[] };
  stop_grace_period: string;
};

describe('compose.yaml (the production set-up)', () => {
  it('is valid against the Compose Specification schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    // The file names draft-07 by an https URL ajv does not know by that spelling; the draft is the same.
    const { $schema: _draft, ...schema } = JSON.parse(readFileSync(SCHEMA, 'utf8')) as Record<string, unknown>;
    const validate = ajv.compile(schema);
    expect(validate(compose), JSON.stringify(validate.errors, null, 1)).toBe(true);
    // The schema is not a rubber stamp: it refuses an unknown service key.
    expect(validate({ services: { bot: { ...compose.services.bot, healthchek: {} } } })).toBe(false);
  });

  it('runs PostgreSQL and the bot from this Dockerfile, the bot only once the database is healthy', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['bot', 'db']);
    expect(String(compose.services.db.image)).toMatch(/^postgres:\d+/);
    expect(bot.build).toBe('.');
    expect(bot.depends_on.db.condition).toBe('service_healthy');
    expect(JSON.stringify(compose.services.db.healthcheck)).toContain('pg_isready');
    expect(new URL(bot.environment.DATABASE_URL.replace(/\$\{[^}]+\}/, 'pw')).hostname).toBe('db');
  });

  it('keeps data in named volumes and secrets in the env file, never inline', () => {
    const declared = Object.keys(compose.volumes ?? {});
    const used = [...bot.volumes, ...((compose.services.db.volumes as string[]) ?? [])].map((v) => v.split(':')[0]);
    expect(used.sort()).toEqual(declared.sort());
    expect(bot.volumes.some((v) => v.endsWith(':/data'))).toBe(true);
    expect(bot.env_file).toEqual([{ path: '.env', required: true }]);
    // Secrets only as ${…} from .env (required), never a literal in the file.
    expect(bot.environment.DATA_KEY).toMatch(/^\$\{DATA_KEY:\?/);
    expect(text).not.toMatch(/xox[bap]-|DATA_KEY:\s*[A-Za-z0-9+/]{20,}/);
    expect(readFileSync('.gitignore', 'utf8').split('\n')).toContain('.env');
    expect(readFileSync('.env.example', 'utf8')).toMatch(/^POSTGRES_PASSWORD=$/m);
  });

  it('gives SIGTERM more time than the bot’s own shutdown grace', () => {
    const main = readFileSync('src/main.ts', 'utf8');
    const grace = Number(main.match(/SHUTDOWN_GRACE_MS = ([\d_]+)/)?.[1].replace(/_/g, ''));
    expect(Number.parseInt(bot.stop_grace_period, 10) * 1000).toBeGreaterThan(grace);
  });

  it('checks health with node (the slim image has no curl), and the check tells ready from not ready', async () => {
    const [kind, cmd, ...args] = bot.healthcheck.test;
    expect(kind).toBe('CMD');
    expect(cmd).toBe('node');
    expect(args.join(' ')).toContain('/readyz');
    expect(JSON.stringify(Object.values(compose.services).map((sv) => sv.healthcheck))).not.toMatch(/\b(curl|wget)\b/);
    for (const status of [200, 503]) {
      const server = createServer((req, res) => {
        res.writeHead(req.url === '/readyz' ? status : 404);
        res.end();
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
      const port = (server.address() as AddressInfo).port;
      const script = args[args.length - 1].replace('127.0.0.1:3000', `127.0.0.1:${port}`);
      const r = await new Promise<number | null>((resolve) => {
        spawn(process.execPath, ['-e', script], { stdio: 'ignore', timeout: 20_000 }).once('exit', (code) => resolve(code));
      });
      server.close();
      expect(r).toBe(status === 200 ? 0 : 1);
    }
  });
});
