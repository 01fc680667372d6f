import { ShardingManager } from 'discord.js';
import type { Logger } from '../../log.ts';

export interface Shards {
  manager: ShardingManager;
  /** Every shard's client is connected. */
  ready(): boolean;
  start(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Runs the Discord client in `count` child processes with discord.js's ShardingManager. Each
 * child (`file`) runs only the client and the router on the shared PostgreSQL; this process
 * keeps the web server, the cron tick, the outbox and Slack. The count is explicit: 'auto'
 * would ask discord.com for it at every start. `delayMs` spaces the shards' logins, as Discord
 * requires one IDENTIFY per 5 seconds per concurrency bucket.
 */
export function startShards(opts: {
  file: string;
  token: string;
  count: number;
  log: Logger;
  delayMs?: number;
  timeoutMs?: number;
}): Shards {
  const manager = new ShardingManager(opts.file, {
    token: opts.token,
    totalShards: opts.count,
    mode: 'process',
    respawn: true,
    // The shard script is TypeScript run directly, as main is; keep the same young-generation cap.
    execArgv: ['--max-semi-space-size=16', '--optimize-for-size'],
  });
  const up = new Set<number>();
  manager.on('shardCreate', (shard) => {
    shard.on('ready', () => up.add(shard.id));
    shard.on('reconnecting', () => up.delete(shard.id));
    shard.on('resume', () => up.add(shard.id));
    shard.on('death', () => {
      up.delete(shard.id);
      opts.log.warn({ shard: shard.id }, 'discord shard exited; respawning');
    });
  });
  return {
    manager,
    ready: () => up.size === opts.count,
    async start() {
      await manager.spawn({ amount: opts.count, delay: opts.delayMs ?? 5500, timeout: opts.timeoutMs ?? 60_000 });
    },
    async stop() {
      manager.respawn = false;
      for (const shard of manager.shards.values()) shard.kill();
      up.clear();
    },
  };
}
