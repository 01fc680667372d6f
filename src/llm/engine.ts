import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import type { z } from 'zod';
import { z as zod } from 'zod';
import { DATA_ROOT, readDataFile } from '../core/data-files.ts';
import type { LlmCall as LlmCallRow } from '../core/ports.ts';
import { loadPrompts, type Prompt, renderPrompt } from './prompts.ts';

const PriceTable = zod.array(
  zod.object({ model: zod.string(), inputPer1M: zod.number().min(0), outputPer1M: zod.number().min(0) }).strict(),
);

export interface LlmSettings {
  model: string;
  concurrency: number;
  timeoutMs: number;
  maxRetries: number;
  reportDeadlineMs: number;
  dailyBudgetUsd: number | undefined;
}

/** Builds the one chat model of the process (main does this once and injects it). */
export function createChatModel(o: {
  apiKey: string | undefined;
  baseUrl: string | undefined;
  model: string;
  timeoutMs: number;
  maxRetries: number;
}): ChatOpenAI {
  return new ChatOpenAI({
    model: o.model,
    // Local OpenAI-compatible servers accept any key; the client still wants one.
    apiKey: o.apiKey ?? 'not-needed',
    configuration: o.baseUrl ? { baseURL: o.baseUrl } : undefined,
    // The OpenAI client retries 429/5xx itself and honours Retry-After; keep it short.
    maxRetries: o.maxRetries,
    timeout: o.timeoutMs,
    // Token counts come from the server's usage, never from a downloaded tokenizer.
    streaming: false,
  });
}

export type TaskResult<T> = { ok: true; value: T; call: LlmCallRow } | { ok: false; reason: string; call: LlmCallRow };

/**
 * Runs prompt → model.withStructuredOutput(schema) for a task, a few at a time, with a timeout
 * and a report-wide abort signal. A failure of any kind (timeout, rate limit past retries, HTTP
 * error, output that breaks the schema) is a value with a reason, never a throw: the caller
 * keeps the offline section. Every call is metered from the usage the server returns.
 */
export class LlmEngine {
  readonly settings: LlmSettings;
  readonly #model: BaseChatModel;
  readonly #prompts: Map<string, Prompt>;
  readonly #prices: z.infer<typeof PriceTable>;
  #running = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(model: BaseChatModel, settings: LlmSettings, prompts = loadPrompts()) {
    this.#model = model;
    this.settings = settings;
    this.#prompts = prompts;
    this.#prices = readDataFile(`${DATA_ROOT}llm-prices.yaml`, PriceTable);
  }

  costOf(tokensIn: number, tokensOut: number): number {
    const p = this.#prices.find((x) => this.settings.model.startsWith(x.model));
    return p ? (tokensIn * p.inputPer1M + tokensOut * p.outputPer1M) / 1_000_000 : 0;
  }

  async run<S extends z.ZodType<Record<string, unknown>>>(
    task: string,
    schema: S,
    vars: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<TaskResult<z.infer<S>>> {
    // Latency counts from when the call leaves, not from when it joined the queue.
    let started = performance.now();
    const call = (outcome: 'ok' | 'fallback', tokensIn = 0, tokensOut = 0, reason?: string): LlmCallRow => ({
      task,
      model: this.settings.model,
      tokensIn,
      tokensOut,
      costUsd: this.costOf(tokensIn, tokensOut),
      latencyMs: performance.now() - started,
      outcome,
      reason,
    });
    const messages = renderPrompt(this.#prompts, task, vars);
    await this.#acquire();
    started = performance.now();
    try {
      if (signal?.aborted) return { ok: false, reason: 'the report deadline was reached', call: call('fallback', 0, 0, 'deadline') };
      const chain = this.#model.withStructuredOutput(schema, { name: task.replace(/[^a-zA-Z0-9_-]/g, '_'), includeRaw: true });
      const out = (await chain.invoke(
        [
          { role: 'system', content: messages.system },
          { role: 'user', content: messages.user },
        ],
        { signal, timeout: this.settings.timeoutMs },
      )) as { raw: { usage_metadata?: { input_tokens?: number; output_tokens?: number } }; parsed: unknown; parsing_error?: unknown };
      const tin = out.raw?.usage_metadata?.input_tokens ?? 0;
      const tout = out.raw?.usage_metadata?.output_tokens ?? 0;
      const checked = schema.safeParse(out.parsed);
      if (!checked.success)
        return {
          ok: false,
          reason: 'the model returned output that does not fit the schema',
          call: call('fallback', tin, tout, 'invalid output'),
        };
      return { ok: true, value: checked.data, call: call('ok', tin, tout) };
    } catch (e) {
      const reason = describe(e, signal);
      return { ok: false, reason, call: call('fallback', 0, 0, reason) };
    } finally {
      this.#release();
    }
  }

  async #acquire(): Promise<void> {
    if (this.#running >= this.settings.concurrency) await new Promise<void>((r) => this.#waiting.push(r));
    this.#running++;
  }

  #release(): void {
    this.#running--;
    this.#waiting.shift()?.();
  }
}

/** Why a call failed, in words a report can show. */
function describe(e: unknown, signal?: AbortSignal): string {
  const err = e as { name?: string; status?: number; message?: string; code?: string };
  if (signal?.aborted) return 'the report deadline was reached';
  if (err.name === 'TimeoutError' || /timed? ?out/i.test(err.message ?? '')) return 'the model did not answer in time';
  if (err.status === 429 || /429|rate limit/i.test(err.message ?? '')) return 'the model was rate-limited past its retries';
  if (
    err.name === 'OutputParserException' ||
    /ZodError/.test(err.name ?? '') ||
    /parse|json|invalid_type|expected/i.test(err.message ?? '')
  )
    return 'the model returned output that does not fit the schema';
  if (typeof err.status === 'number') return `the model server answered ${err.status}`;
  return 'the model could not be reached';
}
