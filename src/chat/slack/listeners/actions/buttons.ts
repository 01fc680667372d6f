import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { actions, type Reply, reply, text } from '../../../message.ts';
import { dmChannel, type SlackDeps, slackIdentity } from '../../context.ts';
import { needsDm, postReplies, respondPrivately } from '../../deliver.ts';
import { downloadFile } from '../../files.ts';
import { documentModal } from '../views/document-modal.ts';

/** Buttons that save a file shared in the DM as a CV or a JD. Values hold the Slack file id. */
export function fileChoice(fileId: string, name: string): Reply {
  return reply(
    text(`I got ${name}. What is it?`),
    actions(
      { id: 'save_file_cv_action', label: 'My CV', command: fileId, style: 'primary' },
      { id: 'save_file_jd_action', label: 'A job description', command: fileId },
      { id: 'save_file_panel_action', label: 'Interviewer notes', command: fileId },
    ),
  );
}

export function register(app: App, deps: SlackDeps): void {
  // Every button of the reply model carries the `/prep …` line it stands for.
  app.action<BlockAction<ButtonAction>>(/^(?!save_file_|home_cv_|home_jd_).*_action$/, async ({ ack, action, body, respond, client }) => {
    await ack();
    const value = action.value;
    if (!value) return;
    await deps.afterAck.run(async () => {
      const who = slackIdentity(body, body.user.id);
      const replies = await deps.router.command({ who, text: value, roles: () => deps.roles(client, body.user.id) });
      const inDm = body.channel?.id?.startsWith('D') ?? false;
      if (inDm || needsDm(replies) || !body.response_url)
        await postReplies(
          client,
          body.channel?.id && inDm ? body.channel.id : await dmChannel(client, body.user.id),
          replies,
          deps.uploadedFor(who),
        );
      else await respondPrivately(respond, replies);
    });
  });

  app.action<BlockAction<ButtonAction>>(/^save_file_(cv|jd|panel)_action$/, async ({ ack, action, body, client, context }) => {
    await ack();
    const kind = action.action_id.replace('save_file_', '').replace('_action', '');
    const channel = await dmChannel(client, body.user.id);
    const token = context.botToken ?? deps.botToken ?? '';
    const file = await downloadFile(client, action.value ?? '', token);
    const who = slackIdentity(body, body.user.id);
    const replies = 'error' in file ? [reply(text(file.error))] : await deps.router.command({ who, text: kind, files: [file] });
    await postReplies(client, channel, replies, deps.uploadedFor(who));
  });

  app.action<BlockAction<ButtonAction>>(/^home_(cv|jd)_action$/, async ({ ack, action, body, client }) => {
    await ack();
    await client.views.open({ trigger_id: body.trigger_id, view: documentModal(action.action_id.startsWith('home_cv') ? 'cv' : 'jd') });
  });
}
