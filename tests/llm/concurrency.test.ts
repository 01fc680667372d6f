import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { createChatModel, LlmEngine } from '../../src/llm/engine.ts';
import { writeReportWithLlm } from '../../src/llm/report.ts';
import { FakeOpenAi } from '../fakes/openai.ts';
import { loadPairs, NOW } from '../helpers/pairs.ts';

const pair = loadPairs().find((p) => p.name === 'backend-payments');
if (!pair) throw new Error('fixture missing');
const LATENCY = 800;

describe('an LLM report at the default settings', () => {
  let fake: FakeOpenAi;
  beforeAll(async () => {
    fake = await new FakeOpenAi().start();
  });
  afterAll(async () => {
    await fake.stop();
  });

  it.each([
    ['without panel notes', undefined, 6],
    ['with panel notes', pair.panel, 7],
  ])('runs every section call at once %s: model time <= 1.2x the slowest call', async (_name, panel, sections) => {
    const cfg = loadConfig({ OPENAI_BASE_URL: fake.url });
    if (!cfg.ok || !cfg.config.llm) throw new Error('config');
    const llm = cfg.config.llm;
    expect(llm.concurrency).toBeGreaterThanOrEqual(7);
    const engine = new LlmEngine(createChatModel(llm), llm);
    const { report: offline } = buildOfflineReport({ cv: pair.cv, jd: pair.jd, panel, now: NOW });
    const input = { cv: normaliseText(pair.cv), jd: normaliseText(pair.jd), panel: panel && normaliseText(panel) };
    fake.latencyMs = 0;
    await writeReportWithLlm(engine, offline, input); // warm the client and the prompts
    fake.latencyMs = LATENCY;
    const t = performance.now();
    const { calls } = await writeReportWithLlm(engine, offline, input);
    const total = performance.now() - t;
    const slowest = Math.max(...calls.map((c) => c.latencyMs));
    expect(calls).toHaveLength(sections);
    expect(total / slowest, `total ${Math.round(total)} ms, slowest call ${Math.round(slowest)} ms`).toBeLessThanOrEqual(1.2);
    console.log(
      `${sections} calls: total ${Math.round(total)} ms, slowest ${Math.round(slowest)} ms, ratio ${(total / slowest).toFixed(2)}`,
    );
  });
});
