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
  // Nothing recognisable: let the prose reader try.
  return out.length > 3 ? out.join('\n') : undefined;
}

function parseData(text: string): unknown {
  const t = text.trim();
  if (t.startsWith('{')) {
    try {
      return JSON.parse(t);
    } catch {
      return undefined;
    }
  }
  const fm = t.match(/^---\s*\n([\s\S]*?)\n---\s*(?:\n|$)/);
  if (!fm) return undefined;
  try {
    const data = yaml.load(fm[1]);
    const keys = data && typeof data === 'object' ? Object.keys(data) : [];
    // Only a résumé kept in front matter, not a page's title block.
    return keys.some((k) => /^(work|experience|employment|jobs|positions|education|degrees|skills|work[ _]experience)$/i.test(k))
      ? data
      : undefined;
  } catch {
    return undefined;
  }
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
  for (const k of ['summary', 'description', 'highlights', 'details', 'responsibilities', 'achievements', 'keywords', 'courses']) {
    const v = e[k];
    if (typeof v === 'string' && v.trim()) lines.push(...v.split(/\n+/).map((l) => `- ${markdownFree(l)}`));
    else if (Array.isArray(v)) for (const x of v) if (str(x)) lines.push(`- ${markdownFree(str(x) as string)}`);
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
