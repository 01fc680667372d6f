import { loadConfig } from '../config.ts';
import type { LlmEngine } from '../llm/engine.ts';

/** Which engine the CLI writes with, and the words it uses to say so. */
export type CliEngine = { kind: 'llm'; engine: LlmEngine; model: string } | { kind: 'offline'; why: string };

/**
 * The CLI's engine, chosen like the chat's: the LLM when OPENAI_BASE_URL or OPENAI_API_KEY is set
 * (with the same LLM_* settings), the offline engine otherwise or when `offline` is asked for.
 * Loaded lazily: the offline path never imports LangChain.
 */
export async function chooseEngine(env: Record<string, string | undefined>, offline: boolean): Promise<CliEngine | { error: string }> {
  if (offline) return { kind: 'offline', why: '--offline' };
  const cfg = loadConfig(env);
  if (!cfg.ok) return { error: cfg.message };
  const llm = cfg.config.llm;
  if (!llm) return { kind: 'offline', why: 'no OPENAI_BASE_URL or OPENAI_API_KEY set' };
  const { createChatModel, LlmEngine } = await import('../llm/engine.ts');
  return { kind: 'llm', engine: new LlmEngine(createChatModel(llm), llm), model: llm.model };
}

/** One line for stderr naming the engine that wrote a result. */
export function engineLine(what: string, e: CliEngine, fallbacks: string[] = []): string {
  if (e.kind === 'offline') return `${what} by the offline engine (${e.why}).`;
  return fallbacks.length
    ? `${what} by the LLM engine (${e.model}); offline fallback for: ${fallbacks.join(', ')}.`
    : `${what} by the LLM engine (${e.model}).`;
}
