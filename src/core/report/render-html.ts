import type { Report } from './schema.ts';

/** HTML escaping for every piece of text that came from a document, a user or a model. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const CSS = `
:root{--ink:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#f9fafb;--card:#fff;--accent:#2563eb;--good:#059669;--warn:#d97706;--bad:#dc2626}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:980px;margin:0 auto;padding:32px 20px 64px}h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:40px 0 12px;padding-top:8px;border-top:1px solid var(--line)}
h3{font-size:16px;margin:0 0 6px}.muted{color:var(--muted)}.kicker{text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--accent);font-weight:600}
.hero{display:flex;gap:24px;align-items:center;flex-wrap:wrap;background:var(--card);border:1px solid var(--line);border-radius:14px;padding:24px}
.score{font-size:56px;font-weight:800;line-height:1}.score small{display:block;font-size:13px;font-weight:500;color:var(--muted)}
.stats{display:flex;gap:28px}.stat b{display:block;font-size:24px}.stat span{font-size:12px;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:14px}.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px}
.tags span{display:inline-block;background:#eef2ff;color:#3730a3;border-radius:999px;padding:2px 10px;margin:2px 4px 2px 0;font-size:12px}
.q{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px;margin:12px 0}.q .meta{font-size:13px;color:var(--muted);margin:4px 0 8px}
.bar{height:8px;background:var(--line);border-radius:4px;overflow:hidden;margin:6px 0 10px;max-width:320px}.bar i{display:block;height:100%;background:var(--accent)}
details summary{cursor:pointer;color:var(--accent);font-weight:600;margin-top:8px}details ol{padding-left:20px}.principle{font-weight:600}
.insight{background:#f0fdf4;border-left:3px solid var(--good);padding:8px 12px;border-radius:4px;margin-top:8px}
table{border-collapse:collapse;width:100%;background:var(--card)}td,th{border:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top;font-size:14px}
.plus{color:var(--good)}.risk{color:var(--bad)}blockquote{margin:6px 0;padding-left:12px;border-left:3px solid var(--line)}
footer{margin-top:48px;font-size:12px;color:var(--muted)}
`;

/** One self-contained page (inline CSS, no scripts, no external requests) modelled on the reference report. */
/**
 * The report page's Content-Security-Policy, the one place it is written: inline styles only, no
 * scripts, images, forms or base changes. The page carries it in a meta tag (a saved file keeps
 * it); the web server sends it as a header with frame-ancestors added, which works only there.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderHtml(r: Report): string {
  const e = escapeHtml;
  const li = (xs: string[]) => xs.map((x) => `<li>${e(x)}</li>`).join('');
  const tags = (xs: string[]) => `<div class="tags">${xs.map((x) => `<span>${e(x)}</span>`).join('')}</div>`;
  const roleLine = [r.role.title, r.role.team, r.role.company].filter(Boolean).map(e).join(' · ');
  const scoreColor =
    r.fitScore.score >= 75
      ? 'var(--good)'
      : r.fitScore.score >= 50
        ? 'var(--accent)'
        : r.fitScore.score >= 35
          ? 'var(--warn)'
          : 'var(--bad)';

  const panel = r.panel.members.length
    ? `<div class="grid">${r.panel.members
        .map(
          (m) => `<div class="card panel-card"><h3>${e(m.name)}</h3><div class="muted">${e(m.title)}</div>
<p><b>Background.</b> ${e(m.background)}</p><p><b>Evaluation lens.</b> ${e(m.evaluationLens)}</p>
${m.focusAreas.length ? `<b>Likely focus</b>${tags(m.focusAreas)}` : ''}${m.signals.length ? `<b>Signals</b><ul>${li(m.signals)}</ul>` : ''}
<p><b>Style.</b> ${e(m.style)}</p></div>`,
        )
        .join('')}</div>`
    : `<p class="card">${e(r.panel.note)}</p>`;

  const questions = r.questions
    .map(
      (q) => `<article class="q" id="q${q.rank}"><div class="kicker">#${q.rank} · ${q.likelihood}% likelihood</div>
<div class="bar" aria-hidden="true"><i style="width:${q.likelihood}%"></i></div>
<h3>${e(q.text)}</h3><div class="meta">${e(q.interviewer)} · ${e(q.category)} · ${e(q.difficulty)}</div>
<b>Why it is predicted</b><ul>${li(q.signals)}</ul>
<b>Evaluation criteria</b>${tags(q.criteria)}
<details><summary>Senior-level answer structure</summary>
<p class="principle">${e(q.answerStructure.principle)}</p>
<ol>${q.answerStructure.steps.map((s) => `<li><b>${e(s.title)}</b><ul>${li(s.points)}</ul></li>`).join('')}</ol>
<div class="insight">${e(q.answerStructure.insight)}</div>
${q.followUps.length ? `<p><b>Follow-ups:</b> ${q.followUps.map(e).join(' · ')}</p>` : ''}
</details></article>`,
    )
    .join('\n');

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<title>Interview Intelligence Report — ${e(r.role.title)}</title><style>${CSS}</style></head>
<body><main>
<div class="kicker">Interview Intelligence Report</div>
<h1>${roleLine}</h1>
<p class="muted">${e(r.role.seniority)} · ${e(r.role.track)} · generated ${e(r.meta.generatedAt.slice(0, 10))}${r.meta.interviewDate ? ` · interview on ${e(r.meta.interviewDate)}` : ''}</p>
<section class="hero" id="fit"><div class="score" style="color:${scoreColor}">${r.fitScore.score}<small>Fit score (${e(r.fitScore.label)})</small></div>
<div class="stats"><div class="stat"><b>${r.panel.members.length}</b><span>Interviewers</span></div><div class="stat"><b>${r.questions.length}</b><span>Questions</span></div><div class="stat"><b>${r.positioning.risks.length}</b><span>Risk areas</span></div></div>
<p style="flex:1 1 320px;margin:0">${e(r.overview.summary)}</p></section>

<h2 id="fit-breakdown">Why this fit score</h2><p>${e(r.fitScore.summary)}</p>
<table><tr><th>Part</th><th>Weight</th><th>Met</th><th>Why</th></tr>${r.fitScore.components
    .map(
      (c) =>
        `<tr><td>${e(c.name)}</td><td>${Math.round(c.weight * 100)}%</td><td>${Math.round(c.value * 100)}%</td><td>${e(c.note)}</td></tr>`,
    )
    .join('')}</table>
<div class="grid" style="margin-top:12px">
<div class="card"><b class="plus">Matched</b><ul>${r.fitScore.matched.map((m) => `<li>${e(m.skill)} <span class="muted">(${m.kind})</span></li>`).join('')}</ul></div>
<div class="card"><b>Transferable</b><ul>${r.fitScore.adjacent.map((m) => `<li>${e(m.skill)} <span class="muted">via ${e(m.via)}</span></li>`).join('')}</ul></div>
<div class="card"><b class="risk">Missing</b><ul>${r.fitScore.missing.map((m) => `<li>${e(m.skill)} <span class="muted">(${m.kind})</span></li>`).join('')}</ul></div></div>

<h2 id="highlights">Resume highlights for this role</h2>
${r.highlights.map((h) => `<blockquote>${e(h.quote)}</blockquote><p class="muted">${e(h.why)}</p>`).join('')}

<h2 id="company">Company</h2><p>${e(r.company.summary)}</p><ul>${r.company.facts.map((f) => `<li>“${e(f.quote)}”</li>`).join('')}</ul>
${r.company.themes.length ? tags(r.company.themes) : ''}

<h2 id="panel">Interviewer intelligence</h2><p class="muted">${e(r.panel.members.length ? r.panel.note : '')}</p>${panel}

<h2 id="questions">Predicted questions</h2><p class="muted">Ranked by likelihood. Likelihoods are estimates, not measured frequencies.</p>
${questions}

<h2 id="loop">Likely loop</h2><div class="grid">${r.loop.map((l) => `<div class="card"><h3>${e(l.name)}</h3><div class="muted">${l.minutes} min</div>${tags(l.focus)}</div>`).join('')}</div>

<h2 id="positioning">Strategic positioning</h2><div class="grid">
<div class="card"><b class="plus">Emphasise</b><ul>${r.positioning.emphasize.map((p) => `<li>${e(p.point)}<blockquote>${e(p.evidence)}</blockquote></li>`).join('')}</ul></div>
<div class="card"><b class="risk">Risk areas and mitigation</b><ul>${r.positioning.risks.map((k) => `<li><b>${e(k.risk)}</b><br>${e(k.mitigation)}</li>`).join('')}</ul></div></div>

<h2 id="concepts">Concepts to review</h2><div class="grid">${r.concepts.map((c) => `<div class="card"><h3>${e(c.skill)}</h3><p class="muted">${e(c.why)}</p><ul>${li(c.items)}</ul></div>`).join('')}</div>

<h2 id="ask">Questions to ask them</h2><div class="grid">${r.questionsToAsk.map((t) => `<div class="card"><h3>${e(t.theme)}</h3><ul>${li(t.questions)}</ul></div>`).join('')}</div>

<h2 id="plan">7-day plan</h2><div class="grid">${r.plan.map((d) => `<div class="card"><div class="kicker">Day ${d.day}${d.date ? ` · ${e(d.date)}` : ''}</div><h3>${e(d.focus)}</h3><ul>${li(d.tasks)}</ul></div>`).join('')}</div>

<footer>Engine: ${e(r.meta.engine)}${r.meta.model ? ` (${e(r.meta.model)})` : ''} · sources: ${e(r.meta.sources.join(', '))}${r.meta.fallbacks.map((f) => ` · ${e(f.section)} offline: ${e(f.reason)}`).join('')}. Built by prep-bot from the documents you provided.</footer>
</main></body></html>
`;
}
