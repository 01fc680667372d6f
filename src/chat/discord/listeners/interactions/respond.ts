import { DiscordAPIError, MessageFlags } from 'discord.js';
import { type Reply, reply, text } from '../../../message.ts';
import { answerDeferred, editDeferred, needsDm, type RepliableInteraction, sendDm } from '../../deliver.ts';

/** Discord's "Cannot send messages to this user" (their DMs are closed to this server). */
const CANNOT_DM = 50007;

/** Ephemeral in a server (only the user sees it); the DM is private already. */
export function deferPrivately(interaction: RepliableInteraction): Promise<unknown> {
  return interaction.deferReply(interaction.inGuild() ? { flags: MessageFlags.Ephemeral } : {});
}

/**
 * Delivers the router's replies to a deferred interaction, privately: in place (ephemeral in a
 * server), or in the DM when they start a conversation there or are personal.
 */
export async function respond(interaction: RepliableInteraction, replies: Reply[]): Promise<void> {
  const inGuild = interaction.inGuild();
  if (!inGuild || !needsDm(replies)) {
    await answerDeferred(interaction, replies, inGuild);
    return;
  }
  try {
    await sendDm(interaction.user, replies);
    await editDeferred(interaction, reply(text('Sent to our DM — it is private there.')));
  } catch (e) {
    if (!(e instanceof DiscordAPIError && e.code === CANNOT_DM)) throw e;
    await editDeferred(
      interaction,
      reply(text('I could not DM you. In this server’s Privacy Settings, allow direct messages from members, then try again.')),
    );
  }
}
