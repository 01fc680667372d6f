import { daysLeftText, daysUntil, loopCaption } from './page-view.ts';
import type { Report } from './schema.ts';
import { cleanRole } from './title.ts';

/** Markdown special characters in document-derived text are escaped so a CV cannot inject links or HTML. */
export function escapeMd(s: string): string {
  return s.replace(/[\\`*_{}[\]<>#|!]/g, (c) => `\\${c}`).replace(/\n/g, ' ');
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** The full report as a Markdown file (download and file export). */
export function renderMarkdown(r: Report): string {
  const e = escapeMd;
  const out: string[] = [];
  const clean = cleanRole(r.role);
  const role = [clean.title, clean.team, clean.company].filter(Boolean).map(e).join(' · ');
  const days = daysUntil(r.meta.interviewDate, new Date(r.meta.generatedAt));
  out.push(`# Interview Intelligence Report — ${role}`, '');
  out.push(
    `**Fit score: ${r.fitScore.score}/100 (${r.fitScore.label})** · ${r.role.seniority} · ${r.role.track} · ${r.questions.length} predicted questions`,
    '',
  );
  if (r.meta.interviewDate && days !== undefined)
    out.push(`Interview: ${r.meta.interviewDate} (${daysLeftText(days)} when this report was made)`, '');
  out.push(e(r.overview.summary), '');
  const cc = r.fitScore.careerChange;
  if (cc) {
    out.push(`**Career change — from ${e(cc.from)} to ${e(cc.to)}.**`, '');
    if (cc.transfers.length) out.push(`What transfers: ${cc.transfers.map(e).join(', ')}`, '');
    out.push('Plan for the move:', ...cc.plan.map((p) => `- ${e(p)}`), '');
  }
  const lg = r.overview.logistics;
  const terms: [string, string[]][] = lg
    ? [
        ['Pay', lg.pay],
        ['Location', lg.location],
        ['Remote', lg.remote],
        ['Travel', lg.travel],
      ]
    : [];
  if (terms.some(([, xs]) => xs.length)) {
    out.push('**Logistics (as the ad states them):**', '');
    // (Two lines the ad states on one term are two quotes: "Remote, North America" · "Preferably in a North American time zone".)
    for (const [name, xs] of terms) if (xs.length) out.push(`- ${name}: ${xs.map((x) => `"${e(x)}"`).join(' · ')}`);
    out.push('');
  }
  out.push('## Fit score', '', e(r.fitScore.summary), '', '| part | weight | met | why |', '| --- | --- | --- | --- |');
  for (const c of r.fitScore.components) out.push(`| ${e(c.name)} | ${pct(c.weight)} | ${pct(c.value)} | ${e(c.note)} |`);
  out.push('');
  if (r.fitScore.matched.length) out.push(`**Matched:** ${r.fitScore.matched.map((m) => `${e(m.skill)} (${m.kind})`).join(', ')}`, '');
  if (r.fitScore.adjacent.length)
    out.push(`**Transferable:** ${r.fitScore.adjacent.map((m) => `${e(m.skill)} via ${e(m.via)}`).join(', ')}`, '');
  if (r.fitScore.missing.length) out.push(`**Missing:** ${r.fitScore.missing.map((m) => `${e(m.skill)} (${m.kind})`).join(', ')}`, '');

  out.push('## Resume highlights for this role', '');
  for (const h of r.highlights) out.push(`- > ${e(h.quote)}`, `  ${e(h.why)}`);
  // (An empty section says what to do, as the page does.)
  if (!r.highlights.length)
    out.push(
      'No line of your work history shows a skill this job asks for yet (a skills list counts less than work you describe). Add one to your CV before you apply: what you did with a required skill, and what changed (with a number if you have one).',
    );
  out.push('', '## Company', '', e(r.company.summary), '');
  for (const f of r.company.facts) out.push(`- "${e(f.quote)}"`);
  if (r.company.themes.length) out.push('', `Themes: ${r.company.themes.map(e).join(', ')}`);

  out.push('', '## Interviewer intelligence', '', e(r.panel.note), '');
  for (const m of r.panel.members) {
    out.push(
      `### ${e(m.name)} — ${e(m.title)}`,
      '',
      `- **Background:** ${e(m.background)}`,
      `- **Evaluation lens:** ${e(m.evaluationLens)}`,
    );
    if (m.focusAreas.length) out.push(`- **Likely focus:** ${m.focusAreas.map(e).join(', ')}`);
    for (const s of m.signals) out.push(`- Signal: "${e(s)}"`);
    out.push(`- **Style:** ${e(m.style)}`, '');
  }

  out.push('## Predicted questions', '', '_Likelihoods are estimates, not measured frequencies._', '');
  for (const q of r.questions) {
    out.push(`### ${q.rank}. ${e(q.text)}`, '', `**${q.likelihood}% likely** · ${q.category} · ${q.difficulty} · ${e(q.interviewer)}`, '');
    out.push('Why it is predicted:', ...q.signals.map((s) => `- ${e(s)}`), '');
    out.push(`Evaluated on: ${q.criteria.map(e).join(', ')}`, '');
    out.push(`**Core principle:** ${e(q.answerStructure.principle)}`, '');
    q.answerStructure.steps.forEach((s, i) => {
      out.push(`${i + 1}. **${e(s.title)}**`, ...s.points.map((p) => `   - ${e(p)}`));
    });
    out.push('', `_Insight:_ ${e(q.answerStructure.insight)}`, '');
    if (q.followUps.length) out.push(`Follow-ups: ${q.followUps.map(e).join(' / ')}`, '');
  }

  out.push('## Likely loop', '', `_${loopCaption(r.loopSource)}_`, '');
  for (const l of r.loop) out.push(`- **${e(l.name)}** (${l.minutes} min): ${l.focus.map(e).join(', ')}`);
  out.push('', '## Questions to ask them', '');
  for (const t of r.questionsToAsk) out.push(`**${e(t.theme)}**`, ...t.questions.map((q) => `- ${e(q)}`), '');
  out.push('## Concepts to review', '');
  for (const c of r.concepts) out.push(`- **${e(c.skill)}** — ${e(c.why)}`, ...c.items.map((i) => `  - ${e(i)}`));
  out.push('', '## Strategic positioning', '', '**Emphasise**', '');
  if (!r.positioning.emphasize.length)
    out.push('Nothing in your CV shows a skill this job asks for yet: see the gaps under the fit score.');
  for (const p of r.positioning.emphasize) out.push(`- ${e(p.point)} — "${e(p.evidence)}"`);
  out.push('', '**Risks and mitigation**', '');
  for (const k of r.positioning.risks) out.push(`- **${e(k.risk)}:** ${e(k.mitigation)}`);
  out.push('', r.plan.some((d) => d.date) ? '## Dated plan' : '## 7-day plan', '');
  for (const d of r.plan)
    out.push(`**Day ${d.day}${d.date ? ` (${d.date})` : ''} — ${e(d.focus)}**`, ...d.tasks.map((t) => `- ${e(t)}`), '');
  out.push(
    '---',
    `Engine: ${r.meta.engine}${r.meta.model ? ` (${e(r.meta.model)})` : ''} · sources: ${r.meta.sources.join(', ')} · generated ${r.meta.generatedAt.slice(0, 10)}`,
  );
  for (const f of r.meta.fallbacks) out.push(`- ${e(f.section)} used the offline engine: ${e(f.reason)}`);
  // How the documents were read (an ad in another language, no requirements list): the reader should know.
  for (const n of r.meta.notes) out.push(`- ${e(n)}`);
  return `${out.join('\n')}\n`;
}
