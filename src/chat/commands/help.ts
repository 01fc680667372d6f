import { z } from 'zod';
import { type Command, defineCommand } from '../command.ts';
import { context, header, list, reply, text } from '../message.ts';
import { closest } from '../parse.ts';

/** /prep help, generated from the registry so it can never disagree with the router. */
export function helpCommand(registry: () => readonly Command[]): Command<{ topic: string | undefined }> {
  return defineCommand({
    name: 'help',
    summary: 'List the commands, or explain one: /prep help <command>',
    usage: '/prep help [command]',
    args: z.object({ words: z.array(z.string()) }).transform(({ words }) => ({ topic: words[0]?.toLowerCase() })),
    async run(_ctx, { topic }) {
      const all = registry();
      if (topic) {
        const c = all.find((x) => x.name === topic);
        if (!c) {
          const guess = closest(
            topic,
            all.map((x) => x.name),
          );
          return reply(text(`There is no /prep ${topic}.${guess ? ` Did you mean /prep ${guess}?` : ''} Type /prep help for the list.`));
        }
        return reply(
          header(`/prep ${c.name}`),
          text(c.summary),
          text(`Usage: ${c.usage}`),
          ...(c.examples?.length ? [list(c.examples)] : []),
        );
      }
      return reply(
        header('prep-bot — interview preparation'),
        text('Give me your CV and a job description; I predict the interview and help you practise.'),
        list(all.filter((c) => c.name !== 'cancel').map((c) => `${c.usage} — ${c.summary}`)),
        context('Your documents are encrypted at rest and never logged. /prep privacy says more.'),
      );
    },
  });
}
