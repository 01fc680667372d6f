import { type Client, Events, type ModalComponentData, TextInputStyle } from 'discord.js';
import { type DiscordDeps, discordIdentity, safely } from '../../context.ts';
import { deferPrivately, respond } from './respond.ts';

const PARTS = 3;
/** Discord's most characters in one text input. */
export const INPUT_CHARS = 4000;
const NAMES = { cv: 'your CV', jd: 'the job description' } as const;
export const MODAL_PREFIX = 'document_modal:';

/** A form with a few 4,000-character inputs for a pasted document (longer ones go as a file). */
export function documentModal(kind: 'cv' | 'jd'): ModalComponentData {
  return {
    customId: `${MODAL_PREFIX}${kind}`,
    title: kind === 'cv' ? 'Your CV' : 'Job description',
    components: Array.from({ length: PARTS }, (_, i) => ({
      type: 1,
      components: [
        {
          type: 4,
          customId: `part_${i + 1}`,
          label: i === 0 ? `Paste ${NAMES[kind]}` : `Continued (part ${i + 1})`,
          style: TextInputStyle.Paragraph,
          required: i === 0,
          maxLength: INPUT_CHARS,
          ...(i === 0
            ? { placeholder: `Longer than ${(PARTS * INPUT_CHARS).toLocaleString('en')} characters? Use /prep ${kind} file:` }
            : {}),
        },
      ],
    })),
  };
}

export function register(client: Client, deps: DiscordDeps): void {
  client.on(
    Events.InteractionCreate,
    safely(deps.log, async (interaction) => {
      if (!interaction.isModalSubmit() || !interaction.customId.startsWith(MODAL_PREFIX)) return;
      if (!(await deps.once('interaction', interaction.id))) return;
      await deferPrivately(interaction);
      const kind = interaction.customId.endsWith(':jd') ? 'jd' : 'cv';
      const text = Array.from({ length: PARTS }, (_, i) => {
        try {
          return interaction.fields.getTextInputValue(`part_${i + 1}`);
        } catch {
          return '';
        }
      })
        .filter(Boolean)
        .join('\n');
      const replies = await deps.router.command({ who: discordIdentity(deps, interaction.user.id), text: `${kind}\n${text}` });
      await respond(interaction, replies);
    }),
  );
}
