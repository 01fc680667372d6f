import type { App } from '@slack/bolt';
import type { View } from '@slack/types';
import { dmChannel, type SlackDeps, slackIdentity } from '../../context.ts';
import { postReplies } from '../../deliver.ts';

const PARTS = 3;
const NAMES = { cv: 'your CV', jd: 'the job description' } as const;

/** A modal with several 3,000-character inputs (Slack's limit per input) for a pasted document. */
export function documentModal(kind: 'cv' | 'jd'): View {
  return {
    type: 'modal',
    callback_id: 'document_modal_view',
    private_metadata: kind,
    title: { type: 'plain_text', text: kind === 'cv' ? 'Your CV' : 'Job description' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `Paste ${NAMES[kind]}. Longer than ${(PARTS * 3000).toLocaleString('en')} characters? Upload the PDF or DOCX in our DM instead.`,
          },
        ],
      },
      ...Array.from({ length: PARTS }, (_, i) => ({
        type: 'input' as const,
        block_id: `part_${i + 1}_block`,
        optional: i > 0,
        label: { type: 'plain_text' as const, text: i === 0 ? 'Text' : `Continued (part ${i + 1})` },
        element: { type: 'plain_text_input' as const, action_id: 'text_input', multiline: true, max_length: 3000 },
      })),
    ],
  };
}

export function register(app: App, deps: SlackDeps): void {
  app.view('document_modal_view', async ({ ack, view, body, client }) => {
    await ack();
    const kind = view.private_metadata === 'jd' ? 'jd' : 'cv';
    const text = Array.from({ length: PARTS }, (_, i) => view.state.values[`part_${i + 1}_block`]?.text_input?.value ?? '')
      .filter(Boolean)
      .join('\n');
    const who = slackIdentity(body, body.user.id);
    const replies = await deps.router.command({ who, text: `${kind}\n${text}` });
    await postReplies(client, await dmChannel(client, body.user.id), replies, deps.uploadedFor(who));
  });
}
