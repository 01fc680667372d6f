import { type Client, Events } from 'discord.js';
import type { Identity } from '../../../../core/identity.ts';
import { actions, type Reply, reply, text } from '../../../message.ts';
import { type DiscordDeps, discordIdentity, rolesOf, safely } from '../../context.ts';
import { editDeferred } from '../../deliver.ts';
import { downloadAttachment } from '../../files.ts';
import { COMMAND_PREFIX } from '../../render.ts';
import { deferPrivately, respond } from './respond.ts';

/**
 * Buttons that save a file sent in the DM as a CV, a JD or panel notes. They name the message
 * (its channel and id), not the file's URL: a custom id holds 100 characters, and Discord's
 * CDN links expire, so the file is fetched again on click.
 */
export function fileChoice(channelId: string, messageId: string, name: string): Reply {
  const id = (kind: string) => `${kind}:${channelId}:${messageId}`;
  return reply(
    text(`I got ${name}. What is it?`),
    actions(
      { id: 'save_file_cv_action', label: 'My CV', command: id('cv'), style: 'primary' },
      { id: 'save_file_jd_action', label: 'A job description', command: id('jd') },
      { id: 'save_file_panel_action', label: 'Interviewer notes', command: id('panel') },
    ),
  );
}

export function register(client: Client, deps: DiscordDeps): void {
  client.on(
    Events.InteractionCreate,
    safely(deps.log, async (interaction) => {
      if (!interaction.isButton()) return;
      const id = interaction.customId;
      if (!id.startsWith(COMMAND_PREFIX)) return;
      if (!(await deps.once('interaction', interaction.id))) return;
      await deferPrivately(interaction);
      const line = id.slice(COMMAND_PREFIX.length);
      // Whoever clicks acts as themselves: a button carries a command, never someone's identity,
      // and the core looks every report, answer and document up by the clicker's own id.
      const who = discordIdentity(deps, interaction.user.id, interaction.guildId);
      const file = line.match(/^(cv|jd|panel):(\d+):(\d+)$/);
      if (file) {
        const [, kind, channelId, messageId] = file;
        const replies = await fileReplies(client, deps, who, kind, channelId, messageId);
        await respond(interaction, replies);
        return;
      }
      const progress = (r: Reply) => editDeferred(interaction, r);
      const replies = await deps.router.command({ who, text: line, progress, roles: rolesOf(interaction) });
      await respond(interaction, replies);
    }),
  );
}

/** Fetches the DM message again, checks it is the clicker's own, downloads its file and saves it. */
async function fileReplies(
  client: Client,
  deps: DiscordDeps,
  who: Identity,
  kind: string,
  channelId: string,
  messageId: string,
): Promise<Reply[]> {
  const channel = await client.channels.fetch(channelId).catch(() => null);
  const message = channel?.isTextBased() ? await channel.messages.fetch(messageId).catch(() => undefined) : undefined;
  const attachment = message?.attachments.first();
  if (!message || message.author.id !== who.user || !attachment)
    return [reply(text('I can no longer find that file. Please send it again.'))];
  const file = await downloadAttachment({ name: attachment.name, url: attachment.url, size: attachment.size }, deps.fileHosts);
  if ('error' in file) return [reply(text(file.error))];
  return deps.router.command({ who, text: kind, files: [file] });
}
