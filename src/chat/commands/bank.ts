import yaml from 'js-yaml';
import { z } from 'zod';
import { defineCommand } from '../command.ts';
import { errorReply } from '../errors.ts';
import { context, header, list, type Reply, reply, text } from '../message.ts';

const CustomQuestion = z.object({
  question: z.string(),
  reference: z.string(),
  category: z.string().optional(),
  difficulty: z.string().optional(),
  track: z.string().optional(),
});

/** "Q: …" and "A: …" (or "Question:" / "Reference:") in pasted text, on separate lines or on one. */
function parsePasted(rest: string): z.infer<typeof CustomQuestion>[] {
  const m = rest.match(/^\s*(?:q|question)\s*:\s*([\s\S]+?)\s+(?:a|answer|reference)\s*:\s*([\s\S]+)$/im);
  if (!m) return [];
  const opts = Object.fromEntries([...rest.matchAll(/\b(category|difficulty|track)=(\S+)/g)].map((x) => [x[1], x[2]]));
  return [{ question: m[1].trim(), reference: m[2].replace(/\b(category|difficulty|track)=\S+/g, '').trim(), ...opts }];
}

export const bankCommand = defineCommand({
  name: 'bank',
  summary: "Add your own question with a reference answer, or list your workspace's questions",
  usage: '/prep bank add Q: … A: … | /prep bank list',
  examples: [
    '/prep bank add Q: How does a B-tree index speed up range queries?\nA: (a reference answer of a few sentences)',
    '/prep bank add ./questions.yaml  (a list of {question, reference, category, difficulty, track})',
  ],
  needs: { instructor: { to: "add questions to the workspace's bank", verbs: ['add'] } },
  args: z
    .object({
      words: z.array(z.string()),
      rest: z.string(),
      files: z.array(z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) })),
    })
    .transform(({ words, rest, files }) => ({ verb: words[0]?.toLowerCase() ?? 'list', rest: rest.replace(/^\s*\w+\s*/, ''), files })),
  async run(ctx, { verb, rest, files }) {
    if (verb === 'list') {
      const qs = await ctx.services.practice.customQuestions(ctx.user);
      if (qs.length === 0) return reply(text('Your workspace has no questions of its own yet. Add one with /prep bank add Q: … A: …'));
      return reply(header(`Workspace questions (${qs.length})`), list(qs.map((q) => `${q.id} · ${q.category} · ${q.text}`)));
    }
    if (verb !== 'add') return reply(text(`Usage: ${this.usage}`));
    let items: z.infer<typeof CustomQuestion>[];
    if (files[0]) {
      try {
        const raw = yaml.load(Buffer.from(files[0].bytes).toString('utf8'));
        const parsed = z.array(CustomQuestion).safeParse(Array.isArray(raw) ? raw : [raw]);
        if (!parsed.success)
          return reply(
            text(`${files[0].name} should hold a list of {question, reference, category?, difficulty?, track?}. Nothing was added.`),
          );
        items = parsed.data;
      } catch {
        return reply(text(`${files[0].name} is not valid JSON or YAML. Nothing was added.`));
      }
    } else items = parsePasted(rest);
    if (items.length === 0)
      return reply(
        text(
          'Write it as "/prep bank add Q: <the question>" then a new line "A: <a reference answer of a few sentences>". Nothing was added.',
        ),
      );
    const out: Reply[] = [];
    for (const item of items) {
      const r = await ctx.services.practice.addCustom(ctx.user, {
        text: item.question,
        reference: item.reference,
        category: item.category,
        difficulty: item.difficulty,
        track: item.track,
      });
      if (!r.ok) out.push(errorReply(r.error, ctx.platform));
      else
        out.push(
          reply(
            text(`Added ${r.value.id}: "${item.question}"`),
            text('I will grade answers against these key points from your reference:'),
            list(r.value.points),
            context(`Practise it with /prep practice, or it can be the pool of a daily drop.`),
          ),
        );
    }
    return out;
  },
});
