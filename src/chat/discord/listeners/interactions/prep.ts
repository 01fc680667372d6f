import { type ChatInputCommandInteraction, type Client, Events } from 'discord.js';
import { type Reply, reply, text } from '../../../message.ts';
import { lineOf, type OptionValues, SUBCOMMANDS } from '../../commands.ts';
import { type DiscordDeps, discordIdentity, rolesOf, safely } from '../../context.ts';
import { editDeferred } from '../../deliver.ts';
import { downloadAttachment } from '../../files.ts';
import { documentModal } from './document-modal.ts';
import { deferPrivately, respond } from './respond.ts';

/** The subcommand's option values by name (users, channels and files by id). */
function valuesOf(interaction: ChatInputCommandInteraction, name: string): OptionValues {
  const values: OptionValues = {};
  for (const o of SUBCOMMANDS[name]?.options ?? []) {
    const v = interaction.options.get(o.name);
    if (v?.value !== undefined) values[o.name] = v.value;
  }
  return values;
}

/** `/prep <subcommand> …`: claimed once, deferred at once (3-second rule), then translate → router → render, privately. */
export function register(client: Client, deps: DiscordDeps): void {
  client.on(
    Events.InteractionCreate,
    safely(deps.log, async (interaction) => {
      if (!interaction.isChatInputCommand() || interaction.commandName !== 'prep') return;
      if (!(await deps.once('interaction', interaction.id))) return;
      const started = performance.now();
      const name = interaction.options.getSubcommand(false) ?? 'help';
      const values = valuesOf(interaction, name);
      const attachment = interaction.options.getAttachment('file');
      // cv/jd with nothing given: a form (a modal must be the first answer, so no deferral here).
      if ((name === 'cv' || name === 'jd') && !attachment && !values.text) {
        await interaction.showModal(documentModal(name));
        return;
      }
      await deferPrivately(interaction);
      const who = discordIdentity(deps, interaction.user.id, interaction.guildId);
      let files: { name: string; bytes: Uint8Array }[] = [];
      if (attachment) {
        const file = await downloadAttachment({ name: attachment.name, url: attachment.url, size: attachment.size }, deps.fileHosts);
        if ('error' in file) {
          await editDeferred(interaction, reply(text(file.error)));
          return;
        }
        files = [file];
      }
      // Long work (a report) shows its progress by editing the deferred reply.
      const progress = (r: Reply) => editDeferred(interaction, r);
      const replies = await deps.router.command({ who, text: lineOf(name, values), files, progress, roles: rolesOf(interaction) });
      await respond(interaction, replies);
      deps.onCommand?.(name, (performance.now() - started) / 1000);
    }),
  );
}
