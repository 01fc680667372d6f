import yaml from 'js-yaml';
import { decodeEntities } from './clean.ts';
import { periodOf } from './cv-dates.ts';

/**
 * CVs that arrive as data (JSON Resume, FRESH, home-made JSON, a YAML front-matter résumé) are read by
 * their fields, not as prose: each becomes the plain layout the CV reader already understands —
 * "## Experience", one "Position, Company (Mon YYYY – Mon YYYY)" line per role, its summary and
 * highlights as bullets — so dates come from startDate/endDate instead of being lost in JSON syntax.
 * Every line it writes is a value from the document, so evidence quotes stay verbatim.
 */
export function structuredCvText(text: string): string | undefined {
  const data = parseData(text);
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  // Home-made shapes spell keys as they like: "work experience", "Work-Experience", "workExperience".
  const d = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([k, v]) => [
      k
        .replace(/([a-z])([A-Z])/g, '$1_$2')
        .replace(/[\s-]+/g, '_')
        .toLowerCase(),
      v,
    ]),
  );
  const out: string[] = [];
  const basics = obj(d.basics) ?? obj(d.contact) ?? obj(d.info) ?? {};
  const name = str(basics.name) ?? str(d.name);
  if (name) out.push(name);
  const summary = [
    str(basics.label),
    str(obj(d.info)?.label),
    str(basics.summary),
    str(obj(d.info)?.brief),
    str(d.summary),
    str(d.description),
  ]
    .filter((x): x is string => Boolean(x))
    .filter((x, i, all) => all.indexOf(x) === i);
  if (summary.length) out.push('', '## Summary', ...summary.map(markdownFree));

  const sections: [string, string[]][] = [
    [
      'Experience',
      [
        'work',
        'employment',
        'experience',
        'jobs',
        'positions',
        'career',
        'professional_experience',
        'work_experience',
        'work_history',
        'employment_history',
        'research_experience',
      ],
    ],
    ['Volunteering', ['volunteer', 'volunteering', 'service']],
    ['Projects', ['projects', 'academic_experience', 'academic_projects']],
    ['Education', ['education', 'degrees', 'schooling']],
  ];
  for (const [heading, keys] of sections) {
    const entries = keys.flatMap((k) => entriesOf(d[k]));
    if (!entries.length) continue;
    out.push('', `## ${heading}`);
    for (const e of entries) out.push(...entryLines(e));
  }
  // ("technologies": [{name: "C#", src: "/svgs/csharp.svg"}]: a site's icon list of skills is its skills section.)
  const skills = ['skills', 'technologies', 'tech_stack', 'techStack', 'stack', 'tools', 'competencies'].flatMap((k) => skillLines(d[k]));
  if (skills.length) out.push('', '## Skills', ...skills);
  const langs = entriesOf(d.languages)
    .map((l) => str(l.language) ?? str(l.name))
    .filter(Boolean);
  if (langs.length) out.push('', '## Languages', langs.join(', '));
  // A builder's own shape (sections of items under "content"/"value", each with "dates": {startDate, endDate}): the
  // entries are found wherever they sit, under the heading of the section that holds them.
  if (!sections.some(([, keys]) => keys.some((k) => entriesOf(d[k]).length))) {
    const found = datedEntries(data);
    if (found.length >= 2) {
      // Every section in the document's order: its dated entries as role lines, its other values as bullets.
      const headings = [...new Set(found.map((f) => f.heading))];
      for (const h of headings) out.push('', `## ${h}`, ...found.filter((f) => f.heading === h).flatMap((f) => entryLines(f.entry)));
      const timed = timedSkills(data);
      if (timed.length) out.push('', '## Skills', ...timed);
      for (const [h, values] of otherValues(data, new Set(found.map((f) => f.source))))
        out.push('', `## ${h}`, ...values.map((v) => `- ${v}`));
    }
  }
  // Nothing recognisable: let the prose reader try. (YAML is read as data only when it holds dated entries: a prose CV of
  // "Skills: Python" lines parses as YAML too, and a site's front matter may list only skills above the career its
  // body tells.)
  if (fromYaml.has(data as object) && !out.some((l) => /^## (?:Experience|Volunteering|Projects|Education)$/.test(l) || periodOf(l)))
    return undefined;
  if (out.length <= 3) return undefined;
  // A page's front matter is half of it: the text below it (a summary, a career told in prose) is read too.
  const body = text.trim().match(FRONT_MATTER)?.[0];
  const rest = body ? text.trim().slice(body.length).trim() : '';
  return rest ? `${out.join('\n')}\n\n${rest}` : out.join('\n');
}

/** Keys that only hold other things: a section's body, its list, its settings. */
const CONTAINER = /^(?:content|value|items|data|entries|list|sections?|body|children|meta|props|fields)$/i;
/** The date fields an entry may carry, directly or under "dates"/"period". */
const DATE_KEYS = ['startDate', 'start', 'from', 'begin', 'endDate', 'end', 'to', 'until'];

function datesOf(e: Obj): Obj | undefined {
  for (const o of [e, obj(e.dates), obj(e.date), obj(e.period)])
    if (o && DATE_KEYS.some((k) => str(o[k]) && /(?:19|20)\d{2}/.test(str(o[k]) as string))) return o;
  return undefined;
}

/** Every object with a start or end date, anywhere in the data, with the name of the section it sits in. */
function datedEntries(data: unknown): { heading: string; entry: Obj; source: Obj }[] {
  const out: { heading: string; entry: Obj; source: Obj }[] = [];
  const walk = (v: unknown, heading: string, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x, heading, depth + 1);
      return;
    }
    const o = obj(v);
    if (!o) return;
    const dates = datesOf(o);
    if (dates) {
      const company = obj(o.company) ?? obj(o.organization) ?? obj(o.institution);
      out.push({
        heading,
        entry: { ...o, ...dates, company: str(o.company) ?? str(company?.title) ?? str(company?.name), dates: undefined },
        source: o,
      });
      return;
    }
    // A section names itself in its settings ("meta": {"title": "Work Experience"}) or by its own title.
    const own = str(obj(o.meta)?.title) ?? str(o.heading) ?? str(o.title) ?? str(o.name);
    for (const [k, x] of Object.entries(o)) {
      if (k === 'meta') continue;
      walk(x, CONTAINER.test(k) ? (own ?? heading) : (own ?? k.replace(/([a-z])([A-Z])/g, '$1 $2')), depth + 1);
    }
  };
  walk(data, 'Experience', 0);
  return out;
}

/** Keys whose values are a page's settings, not words about the person. */
const SETTING_KEY =
  /^(?:url|urls|href|link|icon|image|img|photo|avatar|picture|id|key|type|show|container|width|height|color|colou?r|style|class|layout|template|format|order|email|phone|rating|level|lang|locale|slug|path|src)$/i;

/** The other words of a data résumé (summaries, skills, awards), by the section that holds them, skipping its dated entries. */
function otherValues(data: unknown, entries: Set<unknown>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (v: unknown, heading: string, depth: number) => {
    if (depth > 12 || entries.has(v)) return;
    if (typeof v === 'string') {
      const t = markdownFree(decodeEntities(v));
      if (/\p{L}{2}/u.test(t) && !/^(?:https?:|www\.|\/|#)/.test(t))
        out.set(heading, [...(out.get(heading) ?? []), ...t.split(/\n+/).filter(Boolean)]);
      return;
    }
    if (Array.isArray(v)) {
      for (const x of v) walk(x, heading, depth + 1);
      return;
    }
    const o = obj(v);
    if (!o) return;
    const own = str(obj(o.meta)?.title) ?? str(o.heading);
    for (const [k, x] of Object.entries(o))
      if (k !== 'meta' && !SETTING_KEY.test(k))
        walk(x, own ?? (CONTAINER.test(k) || depth > 2 ? heading : k.replace(/([a-z])([A-Z])/g, '$1 $2')), depth + 1);
  };
  walk(data, 'Profile', 0);
  return out;
}

/** Skills kept with the time spent on each ({"title": "Python", "totalMonths": 60}): "Python (5 years)". */
function timedSkills(data: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(v)) for (const x of v) walk(x, depth + 1);
    const o = obj(v);
    if (!o) return;
    const months = Number(o.totalMonths ?? o.months);
    const name = str(o.name) ?? str(o.title) ?? str(o.displayName) ?? str(o.skill);
    if (name && Number.isFinite(months) && months > 0) out.push(`- ${name} (${Math.round((months / 12) * 10) / 10} years)`);
    else for (const x of Object.values(o)) walk(x, depth + 1);
  };
  walk(data, 0);
  return out;
}

/** Data parsed from YAML (a bare document or a page's front matter): read as a CV only when it holds dated entries. */
const fromYaml = new WeakSet<object>();

const FRONT_MATTER = /^---\s*\n([\s\S]*?)\n---\s*(?:\n|$)/;

function parseData(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      return JSON.parse(t);
    } catch {
      return undefined;
    }
  }
  const fm = t.match(FRONT_MATTER);
  if (!fm) return bareYaml(t);
  try {
    const data = yaml.load(fm[1]);
    const keys = data && typeof data === 'object' ? Object.keys(data) : [];
    // Only a résumé kept in front matter, not a page's title block.
    if (!keys.some((k) => /^(work|experience|employment|jobs|positions|education|degrees|skills|work[ _]experience)$/i.test(k)))
      return undefined;
    fromYaml.add(data as object);
    return data;
  } catch {
    return undefined;
  }
}

/** A whole document in YAML ("meta:", "sections:", "- title: … dates: …"); undefined for prose or a failed parse. */
function bareYaml(t: string): unknown {
  // (Cheap test first: a YAML résumé has indented keys with dates under them.)
  if (!/^\s+[\w"']+\s*:\s*["']?(?:19|20)\d{2}/m.test(t) || !/^[\w"'-][^\n]*:\s*$/m.test(t)) return undefined;
  try {
    const data = yaml.load(t);
    if (data && typeof data === 'object' && !Array.isArray(data)) {
      fromYaml.add(data);
      return data;
    }
  } catch {
    // Not YAML: prose.
  }
  return undefined;
}

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : undefined;

/** A list of entries, or FRESH's { history: [...] }. */
function entriesOf(v: unknown): Obj[] {
  if (Array.isArray(v)) return v.map(obj).filter((x): x is Obj => Boolean(x));
  const o = obj(v);
  if (o && Array.isArray(o.history)) return entriesOf(o.history);
  return [];
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period kept under a key of the site's own naming ("fullDate": "Abr 2024 - Actualidad", "dateRange"). */
function periodField(e: Record<string, unknown>): string | undefined {
  for (const [k, v] of Object.entries(e)) if (/date|period/i.test(k) && typeof v === 'string' && periodOf(v)) return v;
  return undefined;
}

/** "2019-03-01" → "Mar 2019"; "2019" stays; free text ("04/2024 - CURRENT") passes through. */
function dateText(v: unknown): string | undefined {
  const s = str(v);
  if (!s) return undefined;
  const iso = s.match(/^((?:19|20)\d{2})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:T.*)?$/);
  if (iso) return iso[2] ? `${MONTH_NAMES[Number(iso[2]) - 1] ?? ''} ${iso[1]}`.trim() : iso[1];
  return decodeEntities(s);
}

function entryLines(e: Obj): string[] {
  const title = str(e.position) ?? str(e.title) ?? str(e.role) ?? str(e.degree) ?? str(e.studyType) ?? str(e.name) ?? '';
  const where =
    str(e.company) ??
    str(e.employer) ??
    str(e.name) ??
    str(e.organization) ??
    str(e.institution) ??
    str(e.school) ??
    str(e.university) ??
    '';
  const area = str(e.area);
  const start = dateText(e.startDate ?? e.start ?? e.from ?? e.begin);
  const end = dateText(e.endDate ?? e.end ?? e.to ?? e.until);
  const period = str(e.period) ?? str(e.duration) ?? str(e.dates) ?? str(e.years) ?? periodField(e);
  const range = start ? `${start} – ${end ?? 'Present'}` : period ? decodeEntities(period) : (dateText(e.date) ?? '');
  const head = [title, where !== title ? where : '', area ?? ''].filter(Boolean).join(', ');
  const lines = [range ? `${head} (${range})` : head];
  const bullets = ['summary', 'description', 'highlights', 'details', 'responsibilities', 'achievements', 'keywords', 'courses'];
  for (const k of [...bullets, 'roles', 'bullets', 'tasks', 'duties']) {
    const v = e[k];
    if (typeof v === 'string' && v.trim()) lines.push(...v.split(/\n+/).map((l) => `- ${markdownFree(l)}`));
    else if (Array.isArray(v)) for (const x of v) if (str(x)) lines.push(`- ${markdownFree(str(x) as string)}`);
  }
  // A job's or project's tools, kept as a list of tags: one line of them.
  for (const k of ['tags', 'technologies', 'tech', 'stack', 'tools', 'skills']) {
    const v = e[k];
    const names = Array.isArray(v) ? v.map((x) => str(x) ?? str(obj(x)?.name)).filter(Boolean) : [];
    if (names.length) lines.push(`- ${names.join(', ')}`);
  }
  return lines.filter((l) => l.replace(/[-\s()]/g, '').length > 0);
}

/** JSON Resume [{name, keywords}], FRESH {sets: [{name, skills}], list: [{name}]}, or {group: [..]}. */
function skillLines(v: unknown): string[] {
  const lines: string[] = [];
  const addGroup = (name: string | undefined, items: unknown) => {
    const xs = Array.isArray(items) ? items.map((x) => str(x) ?? str(obj(x)?.name)).filter(Boolean) : [];
    if (name || xs.length) lines.push(`- ${[name, xs.join(', ')].filter(Boolean).join(': ')}`);
  };
  if (Array.isArray(v)) {
    for (const x of v) {
      const o = obj(x);
      if (o) addGroup(str(o.name) ?? str(o.group) ?? str(o.category), o.keywords ?? o.items ?? o.skills);
      else if (str(x)) lines.push(`- ${str(x)}`);
    }
  } else {
    const o = obj(v);
    if (o) {
      for (const s of entriesOf(o.sets)) addGroup(str(s.name), s.skills ?? s.keywords);
      if (Array.isArray(o.list)) addGroup(undefined, o.list);
      for (const [k, items] of Object.entries(o)) if (k !== 'sets' && k !== 'list' && Array.isArray(items)) addGroup(k, items);
    }
  }
  return lines;
}

/** JSON CVs carry Markdown emphasis in their values ("**6+ years**"): drop the markers. */
function markdownFree(s: string): string {
  return s.replace(/\*\*|__/g, '').trim();
}
