import type { DropReplies } from '../../core/drops/service.ts';
import type { Grade } from '../../core/practice/grade-schema.ts';
import { actions, context, header, list, type Reply, text } from '../message.ts';
import { feedbackReply, questionReply } from './practice.ts';

const pub = (...blocks: Reply['blocks']): Reply => ({ blocks, visibility: 'public' });

/** Compact feedback in a drop's thread: score, two strengths, two improvements, a Details button. */
function threadFeedback(g: Grade, o: { attemptId: number; previousBest?: number; mention: string }): Reply {
  const progress =
    o.previousBest === undefined
      ? ''
      : g.score > o.previousBest
        ? ` (retry: up from ${o.previousBest})`
        : ` (retry: your best is ${Math.max(o.previousBest, g.score)})`;
  return {
    ...pub(
      text(`${g.score}/100${progress}`),
      ...(g.strengths.length ? [list(g.strengths.slice(0, 2).map((s) => `+ ${s}`))] : []),
      list(g.improvements.slice(0, 2).map((s) => `→ ${s}`)),
      actions({ id: 'feedback_details_action', label: 'Details', command: `feedback ${o.attemptId}` }),
    ),
    mention: o.mention,
  };
}

/** The posts of daily drops, built from the neutral reply model. */
export const dropReplies: DropReplies = {
  drop: (q) =>
    pub(
      header('Question of the day'),
      text(q.text),
      context(`${q.category} · ${q.difficulty}. Answer in this thread — everyone gets feedback here; /prep stats shows your progress.`),
    ),
  threadFeedback,
  fullFeedback: (g, o) => feedbackReply(g, { previousBest: o.previousBest, title: 'Feedback on your answer', next: false }),
  summary: (o) =>
    pub(
      header('End of day'),
      text(
        o.answered === 0
          ? 'Nobody answered this one today. It will come round again.'
          : `${o.answered} ${o.answered === 1 ? 'person' : 'people'} answered; the average was ${o.average}/100.`,
      ),
      ...(o.missed.length ? [text('The key points most often missed:'), list(o.missed)] : []),
      text(
        `Outline of a strong answer:\n${
          o.question.answerStructure
            ? [
                `${o.question.answerStructure.principle}`,
                ...o.question.answerStructure.steps.map((s, i) => `${i + 1}. ${s.title}: ${s.points.join('; ')}`),
              ].join('\n')
            : o.question.rubric.map((r) => `- ${r.point}`).join('\n')
        }`,
      ),
    ),
  dmQuestion: (q, reason) => questionReply(q, 'Your daily question', reason),
  deliveryFailed: (o) =>
    ({
      blocks: [
        text(`I could not post the ${o.kind === 'drop' ? 'daily question' : o.kind} in channel ${o.channel}: ${o.error}.`),
        context(
          o.error === 'not_in_channel' || o.error === 'missing_permissions'
            ? o.platform === 'discord'
              ? "Let me view and post in that channel and create threads there (the channel's permissions), then run /prep drop now."
              : 'Invite me to the channel (/invite @prep-bot) and run /prep drop now.'
            : o.error === 'channel_not_found' || o.error === 'is_archived'
              ? 'The channel is gone or archived: set the drop up again in another channel (/prep drop setup …).'
              : 'Check the app is still installed and has its scopes, then run /prep drop now.',
        ),
      ],
      visibility: 'private',
    }) satisfies Reply,
};
