// The LLM report against the fake OpenAI-compatible server with a fixed latency per call:
// parallel wall time over the slowest single call, the same for a sequential run, tokens per report.

import { normaliseText } from '../../src/core/profile/intake.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { createChatModel, LlmEngine } from '../../src/llm/engine.ts';
import { writeReportWithLlm } from '../../src/llm/report.ts';
import { FakeOpenAi } from '../../tests/fakes/openai.ts';
import { loadPairs, NOW } from '../../tests/helpers/pairs.ts';
import type { Figure } from './stats.ts';

const LATENCY_MS = 300;

export async function benchLlm(): Promise<Figure[]> {
  const fake = await new FakeOpenAi().start();
  fake.latencyMs = LATENCY_MS;
  const pair = loadPairs().find((p) => p.name === 'backend-payments') ?? loadPairs()[0];
  const input = { cv: normaliseText(pair.cv), jd: normaliseText(pair.jd), panel: pair.panel ? normaliseText(pair.panel) : undefined };
  const { report: offline } = buildOfflineReport({ ...input, now: NOW });
  const run = async (concurrency: number) => {
    const engine = new LlmEngine(
      createChatModel({ apiKey: 'bench', baseUrl: fake.url, model: 'gpt-4o-mini', timeoutMs: 10_000, maxRetries: 0 }),
      {
        model: 'gpt-4o-mini',
        concurrency,
        timeoutMs: 10_000,
        maxRetries: 0,
        reportDeadlineMs: 60_000,
        dailyBudgetUsd: undefined,
      },
    );
    const t = performance.now();
    const { report, calls } = await writeReportWithLlm(engine, offline, input);
    return { wall: performance.now() - t, slowest: Math.max(...calls.map((c) => c.latencyMs)), report, calls };
  };
  await run(8); // warm up the client and the JIT
  const parallel = await run(8);
  const sequential = await run(1);
  await fake.stop();
  return [
    { name: `llm report: ${parallel.calls.length} section calls, fake latency per call`, value: LATENCY_MS, unit: 'ms' },
    { name: 'llm report: parallel wall time', value: parallel.wall, unit: 'ms' },
    { name: 'llm report: parallel wall / slowest single call', value: parallel.wall / parallel.slowest, unit: 'ratio', target: '<= 1.2' },
    { name: 'llm report: sequential wall time', value: sequential.wall, unit: 'ms' },
    { name: 'llm report: sequential wall / slowest single call', value: sequential.wall / sequential.slowest, unit: 'ratio' },
    { name: 'llm report: tokens in per report (server usage)', value: parallel.report.meta.tokensIn, unit: 'tokens' },
    { name: 'llm report: tokens out per report', value: parallel.report.meta.tokensOut, unit: 'tokens' },
    {
      name: 'llm report: metered cost per report (gpt-4o-mini prices)',
      value: parallel.report.meta.costUsd * 1000,
      unit: 'USD per 1,000 reports',
    },
  ];
}
