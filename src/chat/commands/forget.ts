import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { reply, text } from '../message.ts';

export const forgetCommand = defineCommand({
  name: 'forget',
  summary: 'Delete everything I have stored about you (asks first)',
  usage: '/prep forget',
  needs: {
    confirm: {
      question:
        'This deletes your CV, job descriptions, interviewer notes, reports, practice answers and progress — immediately and for good. Are you sure?',
      yes: 'Yes, delete everything',
      no: 'Keep my data',
    },
  },
  args: z.object({}).loose(),
  async run(ctx) {
    await ctx.services.profile.forget(ctx.user);
    return reply(text(`Done. Everything I stored about you has been deleted. You can start again any time with ${ctx.cmd('cv')}.`));
  },
});

export const cancelCommand = defineCommand({
  name: 'cancel',
  summary: 'Stop waiting for a pasted document or answer',
  usage: '/prep cancel',
  args: z.object({}).loose(),
  async run(ctx) {
    await ctx.services.conversation.cancel(ctx.user);
    return reply(text('Okay, cancelled. Nothing was changed.'));
  },
});
