import type { App } from '@slack/bolt';
import { actions, header, reply } from '../../../message.ts';
import { type SlackDeps, slackIdentity } from '../../context.ts';
import { renderView } from '../../render.ts';

/** The App Home tab: what is on file, reports, progress, and buttons for the main actions. */
export function register(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client, body }) => {
    if (event.tab !== 'home') return;
    const who = slackIdentity(body as never, event.user);
    const [status, stats] = await Promise.all([deps.router.command({ who, text: 'status' }), deps.router.command({ who, text: 'stats' })]);
    const blocks = renderView([
      reply(header('prep-bot')),
      ...status.map((r) => ({ ...r, blocks: r.blocks.filter((b) => b.type !== 'actions') })),
      ...stats.map((r) => ({ ...r, blocks: r.blocks.filter((b) => b.type !== 'actions') })),
      reply(
        actions(
          { id: 'home_cv_action', label: 'Add CV' },
          { id: 'home_jd_action', label: 'Add job description' },
          { id: 'home_report_action', label: 'Build report', command: 'report', style: 'primary' },
          { id: 'home_practice_action', label: 'Practise', command: 'practice' },
          { id: 'home_stats_action', label: 'My progress', command: 'stats' },
        ),
      ),
    ]);
    await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
  });
}
