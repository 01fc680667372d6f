import { REST, Routes } from 'discord.js';
import type { Config } from '../../config.ts';
import type { Command } from '../command.ts';
import { prepCommandJson } from './commands.ts';

/**
 * Registers `/prep` with Discord: one PUT that replaces every command of the application
 * (bulk overwrite), globally (servers and DMs; clients may take a while to see a change) or in
 * one guild when DISCORD_GUILD_ID is set (at once; handy while developing). Never run at start-up.
 */
export async function deployCommands(
  config: NonNullable<Config['discord']>,
  commands: readonly Command[],
): Promise<{ scope: string; names: string[] }> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.applicationId, config.guildId)
    : Routes.applicationCommands(config.applicationId);
  const body = [prepCommandJson(commands)];
  const saved = (await rest.put(route, { body })) as { name: string }[];
  return { scope: config.guildId ? `guild ${config.guildId}` : 'global', names: saved.map((c) => c.name) };
}
