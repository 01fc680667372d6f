import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { actions, reply, text } from '../message.ts';

export const forgetCommand = defineCommand({
  name: 'forget',
  summary: 'Delete everything I have stored about you (asks first)',
  usage: '/prep forget',
  args: z.object({ words: z.array(z.string()) }).transform(({ words }) => ({ confirmed: words[0]?.toLowerCase() === 'confirm' })),
  async run(ctx, { confirmed }) {
    if (!confirmed)
      return reply(
        text(
          'This deletes your CV, job descriptions, interviewer notes, reports, practice answers and progress — immediately and for good. Are you sure?',
        ),
        actions(
          { id: 'forget_confirm_action', label: 'Yes, delete everything', command: 'forget confirm', style: 'danger' },
          { id: 'forget_cancel_action', label: 'Keep my data', command: 'cancel' },
        ),
        text('(Or type: /prep forget confirm)'),
      );
    await ctx.services.profile.forget(ctx.user);
    return reply(text('Done. Everything I stored about you has been deleted. You can start again any time with /prep cv.'));
  },
});

export const cancelCommand = defineCommand({
  name: 'cancel',
  summary: 'Stop waiting for a pasted document or answer',
  usage: '/prep cancel',
  args: z.object({}).loose(),
  async run(ctx) {
    await ctx.services.store.conversations.clear(ctx.user.id);
    await ctx.services.store.pending.take(ctx.user.id);
    return reply(text('Okay, cancelled. Nothing was changed.'));
  },
});
