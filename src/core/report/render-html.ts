import { PAGE_CSS, PAGE_SCRIPT, reportContentSecurityPolicy } from './page-assets.ts';
import { daysLeftText, daysUntil, highlightsByTheme, loopCaption, questionsByRound, roundOf, skillRows, whyYouFit } from './page-view.ts';
import type { PredictedQuestion, Report } from './schema.ts';
import { cleanRole } from './title.ts';

export { reportContentSecurityPolicy } from './page-assets.ts';

/** HTML escaping for every piece of text that came from a document, a user or a model. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

const e = escapeHtml;
const li = (xs: string[]) => xs.map((x) => `<li>${e(x)}</li>`).join('');
const tags = (xs: string[]) => (xs.length ? `<div class="tags">${xs.map((x) => `<span>${e(x)}</span>`).join('')}</div>` : '');
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const LIKELIHOODS = [0, 50, 70, 85];

export interface HtmlOptions {
  /** The clock for "days left"; defaults to when the report was generated. The page's script updates it when opened later. */
  now?: Date;
}

/**
 * The report as one self-contained page: a dashboard header, a sticky table of contents, the
 * questions grouped by round with a filter, and every section readable with scripts off.
 * No external requests; the one inline script is allowed by its hash (see page-assets.ts).
 */
export function renderHtml(r: Report, opts: HtmlOptions = {}): string {
  const role = cleanRole(r.role);
  const now = opts.now ?? new Date(r.meta.generatedAt);
  const days = daysUntil(r.meta.interviewDate, now);
  const hasPanel = r.panel.members.length > 0;
  const skills = skillRows(r);
  const rounds = questionsByRound(r);
  const toc: [string, string][] = [
    ['fit', 'Why you fit'],
    ['skills', 'Skills and risks'],
    ['highlights', 'CV highlights'],
    ['questions', 'Predicted questions'],
    ...(hasPanel ? ([['panel', 'Interviewers']] as [string, string][]) : []),
    ['loop', 'Likely loop'],
    ['positioning', 'Positioning'],
    ['company', 'Company'],
    ['concepts', 'Concepts to review'],
    ['ask', 'Questions to ask'],
    ['plan', r.plan.some((d) => d.date) ? 'Dated plan' : '7-day plan'],
  ];
  const section = (id: string, body: string) =>
    `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${e(toc.find(([k]) => k === id)?.[1] ?? id)}</h2>${body}</section>`;

  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${reportContentSecurityPolicy('meta')}">
<title>${e([role.title || 'Interview report', role.company].filter(Boolean).join(' — '))} · Interview Intelligence Report</title>
<style>${PAGE_CSS}</style></head>
<body data-report="${e(r.meta.generatedAt)}">
<a class="skip" href="#content">Skip to the report</a>
${headerHtml(r, role, days)}
<div class="wrap layout">
<nav class="toc" aria-label="Report contents"><ul>${toc
    .map(
      ([id, label]) =>
        `<li><a href="#${id}">${e(label)}</a>${
          id === 'questions'
            ? `<ul class="sub">${rounds.map((g) => `<li><a href="#round-${slug(g.name)}">${e(g.name)} (${g.questions.length})</a></li>`).join('')}</ul>`
            : ''
        }</li>`,
    )
    .join('')}</ul></nav>
<main id="content" tabindex="-1">
${section('fit', fitHtml(r))}
${section('skills', skillsHtml(skills))}
${section('highlights', highlightsHtml(r))}
${section('questions', questionsHtml(r))}
${hasPanel ? section('panel', panelHtml(r)) : ''}
${section('loop', `<p class="muted">${e(loopCaption(r.loopSource))}</p><div class="grid">${r.loop.map((l) => `<div class="card"><h3>${e(l.name)}</h3><div class="muted">${l.minutes} min · ${e(l.categories.join(', '))}</div>${tags(l.focus)}</div>`).join('')}</div>`)}
${section('positioning', positioningHtml(r, skills.otherRisks))}
${section('company', `<p>${e(r.company.summary)}</p>${r.company.facts.length ? `<ul>${r.company.facts.map((f) => `<li>“${e(f.quote)}”</li>`).join('')}</ul>` : ''}${r.company.themes.length ? `<p><b>What they stress:</b></p>${tags(r.company.themes)}` : ''}`)}
${section('concepts', `<div class="grid">${r.concepts.map((c) => `<div class="card"><h3>${e(c.skill)}</h3><p class="muted">${e(c.why)}</p><ul>${li(c.items)}</ul></div>`).join('')}</div>`)}
${section('ask', `<div class="grid">${r.questionsToAsk.map((t) => `<div class="card"><h3>${e(t.theme)}</h3><ul>${li(t.questions)}</ul></div>`).join('')}</div>`)}
${section('plan', planHtml(r))}
</main></div>
<footer class="wrap">Engine: ${e(r.meta.engine)}${r.meta.model ? ` (${e(r.meta.model)})` : ''} · sources: ${e(r.meta.sources.join(', '))} · generated ${e(r.meta.generatedAt.slice(0, 10))}${r.meta.fallbacks.map((f) => ` · ${e(f.section)} offline: ${e(f.reason)}`).join('')}. ${r.meta.notes.map(e).join(' ')} Built by prep-bot from the documents you provided.</footer>
<script>${PAGE_SCRIPT}</script>
</body></html>
`;
}

function headerHtml(r: Report, role: Report['role'], days: number | undefined): string {
  const fitColour =
    r.fitScore.score >= 75
      ? 'var(--good)'
      : r.fitScore.score >= 50
        ? 'var(--accent)'
        : r.fitScore.score >= 35
          ? 'var(--warn)'
          : 'var(--bad)';
  const likely = r.questions.filter((q) => q.likelihood >= 70).length;
  const date = r.meta.interviewDate;
  const facts = [
    role.company && `<li>${e(role.company)}${role.team ? ` · ${e(role.team)}` : ''}</li>`,
    `<li>${e(role.seniority)} level · ${e(role.track.replace('-', ' '))} track</li>`,
    date
      ? `<li>Interview ${e(date)}${days === undefined ? '' : ` <span data-days-text>(${daysLeftText(days)})</span>`}</li>`
      : '<li>No interview date yet</li>',
  ].filter(Boolean);
  const tiles = [
    `<div class="tile fit" style="--fit:${fitColour}"><b class="score">${r.fitScore.score}</b><span>Fit score /100 · ${e(r.fitScore.label)}</span></div>`,
    `<div class="tile"><b>${r.questions.length}</b><span>Predicted questions · ${likely} at 70%+</span></div>`,
    `<div class="tile"><b>${r.positioning.risks.length}</b><span>Risk${r.positioning.risks.length === 1 ? '' : 's'} to prepare for</span></div>`,
    date && days !== undefined
      ? `<div class="tile"><b data-interview="${e(date)}">${Math.max(days, 0)}</b><span>Days to go · ${e(date)}</span></div>`
      : '<div class="tile"><b>—</b><span>Days to go: give your interview date when you build the report (date=YYYY-MM-DD)</span></div>',
    ...(r.panel.members.length
      ? [
          `<div class="tile"><b>${r.panel.members.length}</b><span>Interviewer${r.panel.members.length === 1 ? '' : 's'} profiled</span></div>`,
        ]
      : []),
  ];
  return `<header class="top"><div class="wrap">
<div class="kicker">Interview Intelligence Report</div>
<h1>${e(role.title || 'Your next role')}</h1>
<ul class="facts">${facts.join('')}</ul>
<div class="tiles">${tiles.join('')}</div>
${r.panel.members.length ? '' : '<p class="callout">Know who will interview you? Add their notes with the panel command and each question will name who is likely to ask it.</p>'}
</div></header>`;
}

function fitHtml(r: Report): string {
  const cc = r.fitScore.careerChange;
  const change = cc
    ? `<div class="risk"><b>Career change — from ${e(cc.from)} to ${e(cc.to)}.</b>${cc.transfers.length ? ` What transfers: ${e(cc.transfers.join(', '))}.` : ''}<ul>${li(cc.plan)}</ul></div>`
    : '';
  const lg = r.overview.logistics;
  const terms = lg
    ? (
        [
          ['Pay', lg.pay],
          ['Location', lg.location],
          ['Remote', lg.remote],
          ['Travel', lg.travel],
        ] as [string, string[]][]
      ).filter(([, xs]) => xs.length)
    : [];
  const logistics = terms.length
    ? `<p><b>Logistics, as the ad states them:</b></p><ul>${terms.map(([n, xs]) => `<li><b>${n}:</b> ${xs.map((x) => `“${e(x)}”`).join(' · ')}</li>`).join('')}</ul>`
    : '';
  return `${change}<p class="why">${e(whyYouFit(r))}</p>
<p>${e(r.fitScore.summary)}</p>${logistics}
<table><caption class="muted" style="text-align:left;caption-side:bottom;padding-top:4px">How the score is made</caption><thead><tr><th scope="col">Part</th><th scope="col">Weight</th><th scope="col">Met</th><th scope="col">Why</th></tr></thead><tbody>${r.fitScore.components
    .map(
      (c) =>
        `<tr><td>${e(c.name)}</td><td>${Math.round(c.weight * 100)}%</td><td>${Math.round(c.value * 100)}%</td><td>${e(c.note)}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function skillsHtml(skills: ReturnType<typeof skillRows>): string {
  if (!skills.rows.length) return '<p class="muted">The job description names no skills the taxonomy knows.</p>';
  const label = { proven: 'Proven', transferable: 'Transferable', missing: 'Missing' } as const;
  return `<p class="muted">Each requirement of the job, what your CV shows for it, and — beside it — the risk it carries and how to answer it.</p>
<table class="skills"><thead><tr><th scope="col">Skill</th><th scope="col">Status</th><th scope="col">Evidence and risk</th></tr></thead><tbody>${skills.rows
    .map(
      (s) =>
        `<tr><td><b>${e(s.skill)}</b><br><span class="muted">${s.kind === 'must' ? 'required' : 'nice to have'}</span></td><td class="st ${s.status}">${label[s.status]}</td><td>${e(s.detail)}${s.risks
          .map((k) => `<div class="risk"><b>Risk:</b> ${e(k.risk)}<br><b>Mitigation:</b> ${e(k.mitigation)}</div>`)
          .join('')}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function highlightsHtml(r: Report): string {
  const groups = highlightsByTheme(r);
  if (!groups.length) return '<p class="muted">No CV line matched this job closely; the skills table above shows what to add.</p>';
  return groups
    .map(
      (g) =>
        `<h3>${e(g.theme)}${g.required ? ' <span class="muted" style="font-weight:400;font-size:13px">required by the job</span>' : ''}</h3>${g.items
          .map((h) => `<figure class="hl"><blockquote>${e(h.quote)}</blockquote><figcaption>${e(h.why)}</figcaption></figure>`)
          .join('')}`,
    )
    .join('');
}

function questionsHtml(r: Report): string {
  const groups = questionsByRound(r);
  const categories = [...new Set(r.questions.map((q) => q.category))];
  const option = (value: string, label: string) => `<option value="${e(value)}">${e(label)}</option>`;
  const filter = `<form class="filters" id="qfilter" hidden role="search" aria-label="Filter questions">
<label>Category<select name="category">${option('', 'All categories')}${categories.map((c) => option(c, c.replace('-', ' '))).join('')}</select></label>
<label>Round<select name="round">${option('', 'All rounds')}${groups.map((g) => option(g.name, g.name)).join('')}</select></label>
<label>Likelihood<select name="likelihood">${LIKELIHOODS.map((l) => option(String(l), l ? `${l}% or more` : 'Any likelihood')).join('')}</select></label>
<label>Search<input type="search" name="search" placeholder="e.g. Kafka, incident"></label>
<button type="reset">Clear</button></form>`;
  return `<p class="muted">Ranked by likelihood within each round. Likelihoods are estimates, not measured frequencies.</p>
${filter}<p id="qcount" class="muted" role="status" aria-live="polite">${r.questions.length} questions in ${groups.length} round${groups.length === 1 ? '' : 's'}</p>
${groups
  .map(
    (g) =>
      `<section class="round" id="round-${slug(g.name)}" aria-labelledby="round-${slug(g.name)}-h"><h3 id="round-${slug(g.name)}-h">${e(g.name)} <small>${g.minutes ? `${g.minutes} min · ` : ''}${g.questions.length} question${g.questions.length === 1 ? '' : 's'}</small></h3>
${g.questions.map((q) => questionHtml(q, roundOf(q, r.loop))).join('\n')}</section>`,
  )
  .join('\n')}`;
}

function questionHtml(q: PredictedQuestion, round: string): string {
  const [first, ...more] = q.signals;
  return `<article class="q" id="q${q.rank}" data-category="${e(q.category)}" data-round="${e(round)}" data-likelihood="${q.likelihood}">
<div class="kicker">#${q.rank} · ${q.likelihood}% likely</div><div class="bar" aria-hidden="true"><i style="width:${q.likelihood}%"></i></div>
<h4>${e(q.text)}</h4><div class="meta">${e(q.interviewer)} · ${e(q.category)} · ${e(q.difficulty)}</div>
${first ? `<p class="because"><b>Why:</b> ${e(first)}${more.length ? ` <span class="muted">(+${more.length} more)</span>` : ''}</p>` : ''}
<details><summary>Signals, what they evaluate, and a senior-level answer</summary>
${q.signals.length ? `<p><b>Why it is predicted</b></p><ul>${li(q.signals)}</ul>` : ''}
<p><b>What they evaluate</b></p>${tags(q.criteria)}
<p class="principle">${e(q.answerStructure.principle)}</p>
<ol>${q.answerStructure.steps.map((s) => `<li><b>${e(s.title)}</b><ul>${li(s.points)}</ul></li>`).join('')}</ol>
<div class="insight">${e(q.answerStructure.insight)}</div>
${q.followUps.length ? `<p><b>Follow-ups:</b> ${q.followUps.map(e).join(' · ')}</p>` : ''}
</details></article>`;
}

function panelHtml(r: Report): string {
  return `<p class="muted">${e(r.panel.note)}</p><div class="grid">${r.panel.members
    .map(
      (m) => `<div class="card panel-card"><h3>${e(m.name)}</h3><div class="muted">${e(m.title)}</div>
<p><b>Background.</b> ${e(m.background)}</p><p><b>Evaluation lens.</b> ${e(m.evaluationLens)}</p>
${m.focusAreas.length ? `<p><b>Likely focus</b></p>${tags(m.focusAreas)}` : ''}${m.signals.length ? `<p><b>Signals</b></p><ul>${li(m.signals)}</ul>` : ''}
<p><b>Style.</b> ${e(m.style)}</p></div>`,
    )
    .join('')}</div>`;
}

function positioningHtml(r: Report, otherRisks: Report['positioning']['risks']): string {
  return `<div class="grid">
<div class="card"><h3>Emphasise</h3><ul>${r.positioning.emphasize.map((p) => `<li>${e(p.point)}<blockquote>${e(p.evidence)}</blockquote></li>`).join('') || '<li>Nothing proven yet: see the skills table.</li>'}</ul></div>
<div class="card"><h3>Other risks and mitigation</h3>${
    otherRisks.length
      ? `<ul>${otherRisks.map((k) => `<li><b>${e(k.risk)}</b><br>${e(k.mitigation)}</li>`).join('')}</ul>`
      : `<p class="muted">${r.positioning.risks.length ? 'Every risk sits beside its skill in the skills table.' : 'No risks found.'}</p>`
  }</div></div>`;
}

function planHtml(r: Report): string {
  return `<p class="muted">${r.plan.some((d) => d.date) ? 'One day per date, ending the day before the interview.' : 'Seven days of preparation; give an interview date to have them dated.'} Tick tasks as you go.</p>
<ol class="plan grid">${r.plan
    .map(
      (d) =>
        `<li class="card"><div class="kicker">Day ${d.day}${d.date ? ` · ${weekday(d.date)} <span class="date">${e(d.date)}</span>` : ''}</div><h3>${e(d.focus)}</h3><ul>${d.tasks
          .map((t, i) => `<li><label><input type="checkbox" id="plan-${d.day}-${i}"> <span>${e(t)}</span></label></li>`)
          .join('')}</ul></li>`,
    )
    .join('')}</ol>`;
}

/** "Thu" for 2026-11-26: a checklist reads by weekday. */
function weekday(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleDateString('en-GB', { weekday: 'short', timeZone: 'UTC' });
}
