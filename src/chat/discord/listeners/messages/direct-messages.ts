import { ChannelType, type Client, Events } from 'discord.js';
import { reply, text } from '../../../message.ts';
import { type DiscordDeps, discordIdentity, safely } from '../../context.ts';
import { sendReplies } from '../../deliver.ts';
import { downloadAttachment } from '../../files.ts';
import { fileChoice } from '../interactions/buttons.ts';

/**
 * Messages in the bot's DM drive documents, practice and mock interviews; replies in a thread
 * are answers to a daily drop. Bots (this one included) are ignored; each message id is handled
 * once, however often the gateway replays it.
 */
export function register(client: Client, deps: DiscordDeps): void {
  client.on(
    Events.MessageCreate,
    safely(deps.log, async (message) => {
      if (message.author.bot || message.author.id === client.user?.id || message.system) return;
      const inDm = message.channel.type === ChannelType.DM;
      const thread = message.channel.isThread() ? message.channel : undefined;
      if (!inDm && !thread) return;
      if (!(await deps.once('message', message.id))) return;
      const who = discordIdentity(deps, message.author.id, message.guildId);
      if (thread) {
        const parent = thread.parentId;
        if (!parent || !message.content.trim()) return;
        await deps.router.threadMessage({ who, channel: parent, threadRef: thread.id, messageRef: message.id, text: message.content });
        return;
      }
      const channel = message.channel;
      if (!channel.isSendable()) return;
      const attachment = message.attachments.first();
      if (attachment) {
        if (!((await deps.router.waitingFor(who)) === 'document')) {
          await sendReplies(channel, [fileChoice(channel.id, message.id, attachment.name)]);
          return;
        }
        const file = await downloadAttachment({ name: attachment.name, url: attachment.url, size: attachment.size }, deps.fileHosts);
        const replies = 'error' in file ? [reply(text(file.error))] : await deps.router.message({ who, text: '', files: [file] });
        await sendReplies(channel, replies);
        return;
      }
      if (!message.content.trim()) return;
      await channel.sendTyping().catch(() => undefined);
      await sendReplies(channel, await deps.router.message({ who, text: message.content }));
    }),
  );
}
