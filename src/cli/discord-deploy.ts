import { COMMANDS } from '../chat/commands/index.ts';
import { deployCommands } from '../chat/discord/deploy.ts';
import { loadConfig } from '../config.ts';

/** `npm run discord:deploy`: registers /prep from the command registry (one bulk-overwrite PUT). */
const parsed = loadConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(1);
}
if (!parsed.config.discord) {
  process.stderr.write('Set DISCORD_TOKEN and DISCORD_APPLICATION_ID (and DISCORD_GUILD_ID to deploy to one server only).\n');
  process.exit(1);
}
try {
  const r = await deployCommands(parsed.config.discord, COMMANDS);
  process.stdout.write(
    `Deployed /${r.names.join(', /')} (${COMMANDS.length} subcommands) ${r.scope === 'global' ? 'globally (servers and DMs)' : `to ${r.scope}`}.\n`,
  );
} catch (e) {
  process.stderr.write(`Deploy failed: ${(e as Error).message}. Check DISCORD_TOKEN and DISCORD_APPLICATION_ID.\n`);
  process.exit(1);
}
