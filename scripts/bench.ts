// npm run bench [section...] — prints speed, memory and accuracy figures. Never a pass/fail test.
// Sections: report, grading, slack-ack, intake-bomb, bad-input, outbox, llm, load, startup. Each runs in this process, in order; loopback only.
import { type Figure, printFigures } from './bench/stats.ts';

// Each section loads its own modules when it runs, so one section's figures (memory above all)
// do not carry the libraries of another (Bolt, LangChain).
const SECTIONS: Record<string, { title: string; run: () => Promise<Figure[]> }> = {
  report: { title: 'Offline report engine (2-page CV, 1-page JD)', run: async () => (await import('./bench/report.ts')).benchReport() },
  grading: { title: 'Offline grader vs hand labels', run: async () => (await import('./bench/grading.ts')).benchGrading() },
  'slack-ack': {
    title: 'Slack: ack latency of signed /prep help',
    run: async () => (await import('./bench/slack-ack.ts')).benchSlackAck(),
  },
  'intake-bomb': {
    title: "Slack: other users' ack latency while upload bombs are refused",
    run: async () => (await import('./bench/intake-bomb.ts')).benchIntakeBomb(),
  },
  'bad-input': {
    title: 'Bad-input suite through the router and the terminal',
    run: async () => (await import('./bench/bad-input.ts')).benchBadInput(),
  },
  outbox: { title: 'Outbox fan-out against a rate-limited Web API', run: async () => (await import('./bench/outbox.ts')).benchOutbox() },
  llm: { title: 'LLM report against a fake OpenAI-compatible server', run: async () => (await import('./bench/llm.ts')).benchLlm() },
  load: {
    title: 'Load: 500 signed commands at once; 20 reports and 200 grades at once',
    run: async () => (await import('./bench/load.ts')).benchLoad(),
  },
  startup: {
    title: 'Start-up and memory at rest (src/main.ts as a child process)',
    run: async () => (await import('./bench/startup.ts')).benchStartup(),
  },
};

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !SECTIONS[w]);
if (unknown.length) {
  console.error(`Unknown bench section(s): ${unknown.join(', ')}. Sections: ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
console.log(`prep-bot bench — node ${process.version}, ${new Date().toISOString()}`);
for (const name of wanted.length ? wanted : Object.keys(SECTIONS)) {
  const s = SECTIONS[name];
  printFigures(s.title, await s.run());
}
