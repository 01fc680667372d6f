import type { App } from '@slack/bolt';
import type { Reply } from '../../../message.ts';
import { splitCommand } from '../../../parse.ts';
import { dmChannel, type SlackDeps, slackIdentity } from '../../context.ts';
import { needsDm, postReplies, respondPrivately } from '../../deliver.ts';
import { renderSlack } from '../../render.ts';
import { documentModal } from '../views/document-modal.ts';

/** Slack's escaped mentions (`<#C123|general>`, `<@U123|ana>`) → the neutral `#C123`, `@U123`. */
export function normaliseMentions(text: string): string {
  return text.replace(/<#([A-Z0-9]+)(?:\|[^>]*)?>/g, '#$1').replace(/<@([UW][A-Z0-9]+)(?:\|[^>]*)?>/g, '@$1');
}

/** `/prep …`: ack at once, then translate → router → render, privately. */
export function register(app: App, deps: SlackDeps): void {
  app.command('/prep', async ({ command, ack, respond, client }) => {
    await ack();
    const started = performance.now();
    const { name, input } = splitCommand(command.text);
    // cv/jd with nothing pasted: a modal (its trigger_id is only valid for 3 seconds).
    if ((name === 'cv' || name === 'jd') && input.rest.length === 0) {
      await client.views.open({ trigger_id: command.trigger_id, view: documentModal(name) });
      return;
    }
    await deps.afterAck.run(async () => {
      const inDm = command.channel_id.startsWith('D');
      let dm: string | undefined = inDm ? command.channel_id : undefined;
      let progressTs: string | undefined;
      const progress = async (r: Reply) => {
        dm ??= await dmChannel(client, command.user_id);
        const [m] = renderSlack(r);
        if (progressTs) await client.chat.update({ channel: dm, ts: progressTs, blocks: m.blocks, text: m.text });
        else progressTs = (await client.chat.postMessage({ channel: dm, blocks: m.blocks, text: m.text })).ts;
      };
      const text = normaliseMentions(command.text);
      const who = slackIdentity(command);
      const roles = () => deps.roles(client, command.user_id);
      const replies = await deps.router.command({ who, text, progress, roles });
      if (inDm || needsDm(replies)) {
        dm ??= await dmChannel(client, command.user_id);
        await postReplies(client, dm, replies, deps.uploadedFor(who));
        if (!inDm) await respond({ response_type: 'ephemeral', text: 'Sent to our DM — it is private there.' });
      } else await respondPrivately(respond, replies);
      deps.onCommand?.(name || 'help', (performance.now() - started) / 1000);
    });
  });
}
