import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { header, list, reply, text } from '../message.ts';

export const privacyCommand = defineCommand({
  name: 'privacy',
  summary: 'What I store about you, and how to delete it',
  usage: '/prep privacy',
  args: z.object({}).loose(),
  async run() {
    return reply(
      header('What prep-bot keeps'),
      list([
        'Your CV, job descriptions and interviewer notes — each upload as a new version, encrypted at rest (AES-256-GCM).',
        'Your reports, practice answers and their feedback, encrypted the same way, plus scores and review dates.',
        'Posts waiting to be sent to you, sealed the same way until they are delivered.',
        'The report files I upload to you (Slack) or write for you (the terminal, under DATA_DIR/reports).',
        'Your platform user id, workspace id and time zone, so I know whose documents are whose.',
      ]),
      text(
        'Nothing you write is ever written to logs. Your documents are only sent to a language model if the bot admin configured one; otherwise every report and grade is computed here, offline.',
      ),
      text(
        '/prep forget deletes all of the above, immediately and for good: documents, reports and their files and uploads, practice answers, progress, your personal daily question and posts queued for you. Cohort figures are then computed from what remains.',
      ),
      text(
        'What belongs to the workspace stays: channel drops you set up and custom questions you added keep running, no longer linked to you.',
      ),
    );
  },
});
