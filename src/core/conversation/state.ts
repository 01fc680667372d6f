import { z } from 'zod';

/**
 * What the bot waits for next from a user: one typed state per multi-turn flow. Stored as JSON
 * in the conversations table, so it holds ids, counters and bank text only — never what the
 * user wrote (answers live sealed in attempts).
 */
const Idle = z.object({ kind: z.literal('idle') });
const AwaitingDocument = z.object({
  kind: z.literal('awaiting-document'),
  doc: z.enum(['cv', 'jd', 'panel']),
  append: z.boolean().default(false),
});
const Practice = z.object({ kind: z.literal('practice'), questionId: z.string(), hints: z.number().int().min(0) });
const MockResult = z.object({
  questionId: z.string(),
  text: z.string(),
  score: z.number(),
  /** The sealed attempt that holds the answer (the transcript reads it back). */
  attemptId: z.number().optional(),
  followUp: z.string().optional(),
  followUpScore: z.number().optional(),
  followUpAttemptId: z.number().optional(),
  /** What the follow-up was graded against, so its score can be explained. */
  followUpCovered: z.array(z.string()).optional(),
  followUpMissing: z.array(z.string()).optional(),
  improvements: z.array(z.string()),
});
const Mock = z.object({
  kind: z.literal('mock'),
  ids: z.array(z.string()).min(1),
  index: z.number().int().min(0),
  phase: z.enum(['question', 'follow-up']),
  followUp: z.object({ text: z.string(), points: z.array(z.string()) }).optional(),
  results: z.array(MockResult),
});

export const ConversationState = z.discriminatedUnion('kind', [Idle, AwaitingDocument, Practice, Mock]);
export type ConversationState = z.infer<typeof ConversationState>;
export type PracticeState = z.infer<typeof Practice>;
export type MockState = z.infer<typeof Mock>;
export type MockResult = z.infer<typeof MockResult>;

/** A stored state read back; anything unreadable (an older shape) counts as idle. */
export function readState(raw: unknown): ConversationState {
  const parsed = ConversationState.safeParse(raw);
  return parsed.success ? parsed.data : { kind: 'idle' };
}
