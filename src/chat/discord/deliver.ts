import {
  type ChatInputCommandInteraction,
  type InteractionEditReplyOptions,
  type MessageComponentInteraction,
  type MessageCreateOptions,
  MessageFlags,
  type ModalSubmitInteraction,
  type SendableChannels,
  type User,
} from 'discord.js';
import type { Reply, ReplyFile } from '../message.ts';
import { type DiscordMessage, renderDiscord } from './render.ts';

export type RepliableInteraction = ChatInputCommandInteraction | MessageComponentInteraction | ModalSubmitInteraction;

/** One message to send, with the files that ride on it. */
interface Outgoing {
  message: DiscordMessage;
  files: ReplyFile[];
}

/** Replies → messages; a reply's files go on its last message. The HTML report is skipped: the link to its page replaces it. */
function outgoing(replies: Reply[]): Outgoing[] {
  return replies.flatMap((r) => {
    const messages = renderDiscord(r);
    const files = (r.files ?? []).filter((f) => f.mime !== 'text/html');
    return messages.map((message, i) => ({ message, files: i === messages.length - 1 ? files : [] }));
  });
}

/**
 * discord.js options for one rendered message. The content is always a string (even empty):
 * discord.js leaves `allowed_mentions` out of a body without content.
 */
function options(o: Outgoing) {
  return {
    content: o.message.content,
    embeds: o.message.embeds,
    components: o.message.components,
    allowedMentions: { parse: [] },
    files: o.files.map((f) => ({ attachment: Buffer.from(f.content, 'utf8'), name: f.name })),
  } satisfies MessageCreateOptions & InteractionEditReplyOptions;
}

/** Posts replies in a channel (the user's DM, or a thread). */
export async function sendReplies(channel: SendableChannels, replies: Reply[]): Promise<void> {
  for (const o of outgoing(replies)) await channel.send(options(o));
}

/** Sends replies to a user's DM. */
export async function sendDm(user: User, replies: Reply[]): Promise<void> {
  await sendReplies(await user.createDM(), replies);
}

/**
 * Answers a deferred interaction: the first message replaces the "thinking…" reply, the rest
 * follow up, all ephemeral when the deferral was (in a server), so nobody else sees them.
 */
export async function answerDeferred(interaction: RepliableInteraction, replies: Reply[], ephemeral: boolean): Promise<void> {
  const all = outgoing(replies);
  const [first, ...rest] = all.length ? all : [{ message: renderDiscord({ blocks: [], visibility: 'private' })[0], files: [] }];
  await interaction.editReply(options(first));
  for (const o of rest) await interaction.followUp({ ...options(o), ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}) });
}

/** Replaces a deferred reply with one reply (progress, a short note). */
export async function editDeferred(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const [m] = outgoing([{ ...reply, files: [] }]);
  await interaction.editReply(options(m));
}

/** Replies that must go to the DM rather than appear in place: they start a conversation there, or say they are personal. */
export function needsDm(replies: Reply[]): boolean {
  return replies.some((r) => r.dm === true || r.expect !== undefined);
}
