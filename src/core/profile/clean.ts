import yaml from 'js-yaml';
import { headingOf } from './structure.ts';

/** What a document says about itself outside its body: YAML front matter or an HTML page's head. */
export interface DocumentMeta {
  title?: string;
  company?: string;
  description?: string;
  language?: string;
  location?: string;
  salary?: string;
  /** What a job template's own field says about travel ("travel_requirement: Occasional travel…"). */
  travel?: string;
  /** A US federal grade from a job template's own field ("gs: 14"). */
  gsGrade?: number;
  /** The experience a page's structured posting (JSON-LD JobPosting) asks for: "Berufseinsteiger", "36 months". */
  experience?: string;
}

export interface CleanDocument {
  /** Plain text with Markdown-style structure: "# heading" lines, "- " bullets, blank lines between blocks. */
  text: string;
  meta: DocumentMeta;
  format: 'html' | 'markdown' | 'text';
}

const FRONT_MATTER = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;
/** Hugo's TOML front matter: `+++`, then `key = "value"` lines, then `+++`. */
const TOML_FRONT_MATTER = /^\s*\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

/**
 * Turns a pasted or downloaded ad into text a reader can classify: front matter becomes metadata,
 * an HTML page loses its navigation, scripts and markup (headings and list items kept as structure),
 * Markdown links keep only their words, and soft-wrapped lines are joined back into their paragraph.
 */
export function cleanDocument(raw: string): CleanDocument {
  let text = raw.replace(/\r\n?/g, '\n');
  const meta: DocumentMeta = {};
  let format: CleanDocument['format'] = 'text';
  const fm = text.match(FRONT_MATTER);
  const toml = fm ? undefined : text.match(TOML_FRONT_MATTER);
  // A job posting kept as a JSON object (schema.org JobPosting and its kin): its fields become a titled Markdown ad.
  const posting = fm ? undefined : jsonPosting(text);
  if (posting) {
    Object.assign(meta, posting.meta);
    text = posting.text;
    format = 'markdown';
  }
  if (fm || toml) {
    const data = firstJob(fm ? frontMatterData(fm[1]) : tomlKeys((toml as RegExpMatchArray)[1]));
    Object.assign(meta, metaOf(data));
    // Job sites built on static generators keep duties and requirements as lists in the front matter.
    text = `${listSections(data)}${text.slice((fm ?? (toml as RegExpMatchArray))[0].length)}${stringSections(data)}`;
    format = 'markdown';
  }
  // A page, or a fragment whose structure is its HTML blocks; Markdown that merely embeds a few tags (a blog post's
  // "<p><b>This post originally appeared…</b></p>" above "## Duties") keeps its own lines and loses the tags.
  const htmlBlocks = text.match(/<\/(p|div|li|h[1-6]|tr|td)>/gi)?.length ?? 0;
  const markdownBlocks = text.match(/^(?:#{1,6}\s|\s*[-*+]\s+\S)/gm)?.length ?? 0;
  const page = /^\s*(<!doctype html|<html\b)/i.test(text);
  if ((page || (htmlBlocks > 0 && htmlBlocks >= markdownBlocks)) && (text.match(/<\/?[a-z][^>]*>/gi)?.length ?? 0) > 5) {
    const read = htmlToText(text);
    Object.assign(meta, { ...read.meta, ...meta });
    text = read.text;
    format = 'html';
  } else {
    // A comment is hidden on the rendered page (an old posting kept for later): never part of the ad.
    text = text.replace(/<!--[\s\S]*?-->/g, '');
    if (htmlBlocks > 0) text = inlineHtml(text);
    if (format === 'text' && /^#{1,6}\s|\]\(|^\s*[-*]\s{1,4}\S/m.test(text)) format = 'markdown';
  }
  text = setextHeadings(markdownInline(text));
  for (const key of ['title', 'company'] as const)
    if (meta[key]?.includes('{')) meta[key] = meta[key]?.replace(TEMPLATE_TAG, templateTagText).replace(/\s+/g, ' ').trim();
  if (format !== 'text') text = unwrap(text);
  return { text: text.replace(/\n{3,}/g, '\n\n').trim(), meta, format };
}

/** The JSON fields of a job posting, as the sections a reader expects, in a reading order. */
const POSTING_SECTIONS: [RegExp, string][] = [
  [/^(?:employeroverview|about|aboutus|company_?description)$/i, 'About the role'],
  [/^(?:description|jobdescription|summary|overview)$/i, 'Description'],
  [/^(?:responsibilities|duties|tasks)$/i, 'Responsibilities'],
  [/^(?:qualifications|requirements|experiencerequirements|educationrequirements|skills|competencies)$/i, 'Requirements'],
  [/^(?:preferredqualifications|nicetohave|bonus)$/i, 'Nice to have'],
  [/^(?:jobbenefits|benefits|perks)$/i, 'Benefits'],
  [/^(?:basesalary|salary|estimatedsalary)$/i, 'Salary'],
  [/^(?:employmenttype|joblocationtype|worktype)$/i, 'Employment'],
];

/** A job posting written as one JSON object, or undefined when the text is not one. */
function jsonPosting(text: string): { text: string; meta: DocumentMeta } | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') || !trimmed.endsWith('}')) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const o = data as Record<string, unknown>;
  const title = typeof o.title === 'string' ? o.title : typeof o.name === 'string' ? o.name : undefined;
  if (!title) return undefined;
  const flat = (v: unknown): string[] =>
    typeof v === 'string'
      ? [v]
      : typeof v === 'number'
        ? [String(v)]
        : Array.isArray(v)
          ? v.flatMap(flat)
          : v && typeof v === 'object'
            ? Object.values(v as Record<string, unknown>).flatMap(flat)
            : [];
  const org = o.hiringOrganization && typeof o.hiringOrganization === 'object' ? (o.hiringOrganization as Record<string, unknown>) : {};
  const company = typeof org.name === 'string' ? org.name : undefined;
  const parts: string[] = [`# ${title}`, ''];
  if (typeof org.description === 'string') parts.push('## About the company', '', org.description, '');
  for (const [re, heading] of POSTING_SECTIONS) {
    const body = Object.entries(o)
      .filter(([k]) => re.test(k))
      .flatMap(([, v]) => flat(v))
      .filter((t) => t.trim());
    if (body.length) parts.push(`## ${heading}`, '', ...body, '');
  }
  const place = flat(o.jobLocation).filter((t) => /[A-Za-z]/.test(t) && !/^https?:/.test(t));
  if (place.length) parts.push('## Location', '', place.join(', '), '');
  return { text: parts.join('\n'), meta: { title, ...(company ? { company } : {}) } };
}

/** A site's jobs kept as a list in the front matter ("jobs: - title: Comptable …"): the first job is the ad. */
function firstJob(data: Record<string, unknown>): Record<string, unknown> {
  if (typeof data.title === 'string') return data;
  const list = Object.entries(data).find(
    ([k, v]) => /^(?:jobs|positions|openings|offers|vacancies|postes|offres|stellen|vagas|ofertas)$/i.test(k) && Array.isArray(v),
  )?.[1] as unknown[] | undefined;
  const job = list?.find((j) => j && typeof j === 'object' && typeof (j as Record<string, unknown>).title === 'string');
  return job ? { ...data, ...(job as Record<string, unknown>) } : data;
}

function frontMatterData(block: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = yaml.load(block);
  } catch {
    // Pasted text loses the indentation YAML needs for folded values: read the one-line keys alone.
    data = {
      ...Object.fromEntries(
        // (folded-value markers such as '>-' carry no value of their own)
        // (The first of a key wins: a later "title:" is a breadcrumb's or a nested record's, flattened by the paste.)
        [...block.matchAll(/^([A-Za-z_]+):[ \t]*(.+)$/gm)].reverse().map((m) => [m[1], m[2].trim().replace(/^(['"])(.*)\1$/, '$2')]),
      ),
      ...looseLists(block),
    };
  }
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
}

/** The list items under each top-level key, read line by line when the block is not valid YAML. */
function looseLists(block: string): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  let key: string | undefined;
  for (const line of block.split('\n')) {
    if (/^\s*#/.test(line) || !line.trim()) continue;
    const top = line.match(/^([A-Za-z_][\w-]*):\s*(.*)$/);
    if (top) {
      key = top[2].trim() ? undefined : top[1];
      continue;
    }
    const item = line.match(/^\s*-\s+(?:(?:title|text|item):\s*)?(.+)$/);
    if (key && item && !/^[a-z_]+:\s*$/.test(item[1])) lists[key] = [...(lists[key] ?? []), item[1].trim()];
  }
  return lists;
}

/** Front-matter keys that hold page plumbing, never the ad's content. */
const PLUMBING =
  /^(tags?|categor(y|ies)|images?|authors?|aliases|keywords|links?|menus?|info[ _]sessions?|redirect|permalink|layout|draft|weight|months|dates?)$/i;

/**
 * Front-matter lists of sentences ("key objectives:", "requirements:") as body sections, so they are read like
 * the rest of the ad: "## Key objectives" then one bullet a sentence (nested lists flattened).
 */
function listSections(data: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (!Array.isArray(value) || PLUMBING.test(key)) continue;
    // A nested list that YAML folded into its parent item ("Lead … - Practise … - Use …") is split back.
    const items = value
      .flatMap((v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.values(v) : [v]))
      .flat(3)
      .filter((v): v is string => typeof v === 'string')
      .flatMap((v) => v.split(/\s+-\s+(?=\p{Lu})/u))
      .filter((v) => v.trim().split(/\s+/).length >= 4);
    if (items.length < 2) continue;
    const heading = key.replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
    out.push(`## ${heading}\n\n${items.map((i) => `- ${i.trim().replace(/\s+/g, ' ')}`).join('\n')}\n\n`);
  }
  return out.join('');
}

/**
 * A job board's form keeps a whole part of the ad as one Markdown string of the front matter ("deliverables: \"## Required
 * Skills And Experience\\r\\n\\r\\n- Ability to…\""): each such string becomes a section after the body, under its own
 * heading or its key's.
 */
function stringSections(data: Record<string, unknown>): string {
  const out: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (typeof value !== 'string' || PLUMBING.test(key)) continue;
    const text = value.replace(/\r\n?/g, '\n').trim();
    const lines = text.split('\n').filter((l) => l.trim());
    if (lines.length < 2 || text.length < 80) continue;
    const heading = /^#{1,6}\s/.test(lines[0]) ? '' : `## ${key.replace(/[_-]+/g, ' ').replace(/^\w/, (c) => c.toUpperCase())}\n\n`;
    out.push(`\n\n${heading}${text}\n`);
  }
  return out.join('');
}

/** The one-line `key = value` pairs of a TOML block (tables and arrays are skipped). */
function tomlKeys(block: string): Record<string, unknown> {
  return Object.fromEntries(
    [...block.matchAll(/^\s*([A-Za-z_][\w-]*)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')\s*$/gm)].map((m) => [m[1], m[2] ?? m[3]]),
  );
}

function metaOf(d: Record<string, unknown>): DocumentMeta {
  const str = (...keys: string[]) => {
    for (const k of keys) {
      const v = d[k];
      if (typeof v === 'string' && v.trim() && !/^[>|][-+]?$/.test(v.trim())) return v.trim().replace(/\s+/g, ' ');
      if (v && typeof v === 'object' && 'name' in v && typeof (v as { name: unknown }).name === 'string')
        return (v as { name: string }).name;
    }
    return undefined;
  };
  const anyCase = (...keys: string[]) =>
    keys.flatMap((k) => [k, ...Object.keys(d).filter((key) => key !== k && key.toLowerCase() === k.toLowerCase())]);
  return {
    // (A team page's "role: manager" files a person under a category: one lower-case word names no job.)
    title: str('title', 'job_title') ?? [str('position', 'role')].find((t) => t && !/^\p{Ll}+$/u.test(t)),
    company: str('company', 'organisation', 'organization', 'employer', 'hiringOrganization'),
    description: str('description', 'summary'),
    language: str('lang', 'language', 'locale')?.slice(0, 2).toLowerCase(),
    // Place and pay keys are matched whatever their case ("Location: Amsterdam").
    location: str(...anyCase('location', 'city', 'jobLocation')),
    salary: str(
      ...anyCase('salary', 'pay', 'compensation', 'baseSalary', 'payrange', 'pay_range', 'min_payrange', 'salary_range', 'salaryRange'),
    ),
    travel: str(...anyCase('travel', 'travel_requirement', 'travel_required', 'travelRequirement')),
    gsGrade: /^\d{1,2}$/.test(String(d.gs ?? '').trim()) ? Number(d.gs) : undefined,
  };
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  eacute: 'é',
  egrave: 'è',
  agrave: 'à',
  ograve: 'ò',
  ugrave: 'ù',
  igrave: 'ì',
  ccedil: 'ç',
  euro: '€',
  laquo: '«',
  raquo: '»',
  middot: '·',
  bull: '•',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** Scripts and styles: never text of the page. */
const SCRIPTS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Page chrome that never belongs to the ad. */
const CHROME = /<(script|style|noscript|template|svg|nav|header|footer|form|button|iframe|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;

function htmlToText(html: string): { text: string; meta: DocumentMeta } {
  const meta: DocumentMeta = {};
  const lang = html.match(/<html[^>]*\blang=["']?([a-z]{2})/i);
  if (lang) meta.language = lang[1].toLowerCase();
  // A page's structured posting (schema.org JobPosting in JSON-LD) states the experience it asks for; read with a
  // pattern, not a JSON parser, as pages often break the JSON with raw line breaks inside its strings.
  const posting = html.match(/<script[^>]+application\/ld\+json[^>]*>([\s\S]*?)<\/script>/i)?.[1] ?? '';
  const months = posting.match(/"monthsOfExperience"\s*:\s*"?(\d{1,3})/)?.[1];
  const experience =
    posting.match(/"experienceRequirements"\s*:\s*"([^"]{1,200})"/)?.[1] ?? (months ? `${months} months of experience` : undefined);
  if (experience && /JobPosting/.test(posting)) meta.experience = decodeEntities(experience).trim();
  const siteName = html.match(/<meta[^>]+property=["']og:site_name["'][^>]*content=["']([^"']+)/i);
  if (siteName) meta.company = decodeEntities(siteName[1]).trim();
  let body = html.replace(/<!--[\s\S]*?-->/g, ' ');
  // (A page's hero header often holds the job's own heading: read it before the header goes with the rest of the chrome.)
  const heroH1 = body.replace(SCRIPTS, ' ').match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i);
  const main = body.match(/<(main|article)\b[^>]*>([\s\S]*)<\/\1>/i);
  body = main ? main[2] : (body.match(/<body\b[^>]*>([\s\S]*)<\/body>/i)?.[1] ?? body);
  body = body.replace(CHROME, ' ').replace(/<head\b[\s\S]*?<\/head>/i, ' ');
  const h1 = body.match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/i);
  // Whatever precedes the page's main heading is site chrome (ministry banner, social links).
  if (h1?.index !== undefined) body = body.slice(h1.index);
  const title = html.match(/<title[^>]*>([\s\S]*?)<\/title>/i);
  const titleParts = title ? inline(title[1]).split(/\s+[|–—-]\s+/) : [];
  const hero = heroH1 ? inline(heroH1[1]) : undefined;
  if (h1) meta.title = inline(h1[1]);
  // ("<title>Graduate Developer - CSS Bristol</title>" over a header's "<h1>Graduate Developer</h1>": the part the
  // page's own heading repeats is the job, whichever side of the site's name it stands.)
  else if (hero && titleParts.includes(hero)) meta.title = hero;
  else if (title) meta.title = titleParts.pop();
  else if (hero) meta.title = hero;
  const text = body
    .replace(/\s+/g, ' ')
    .replace(/<h([1-6])\b[^>]*>([\s\S]*?)<\/h\1>/gi, (_, n: string, t: string) => `\n\n${'#'.repeat(Number(n))} ${inline(t)}\n\n`)
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(p|div|section|ul|ol|li|tr|table|dl|dt|dd|blockquote|pre)\b[^>]*>/gi, '\n')
    .replace(/<(strong|b)\b[^>]*>([\s\S]*?)<\/\1>/gi, '**$2**')
    .replace(/<[^>]+>/g, '');
  const lines = decodeEntities(text)
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim());
  return { text: lines.join('\n'), meta };
}

function inline(s: string): string {
  return decodeEntities(s.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The few HTML tags a Markdown file embeds: paragraphs and breaks become line breaks, bold stays bold, the rest goes. */
function inlineHtml(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/?(?:p|div)(?:\s[^>]*)?>/gi, '\n')
    .replace(/<(b|strong)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/gi, '**$2**')
    .replace(/<\/?(?:a|b|strong|i|em|span|u|small|sup|sub|code|font|img)(?:\s[^>]*)?\/?>/gi, '');
}

/** A template tag: `{% translate "Career at Weblate" %}` keeps its text, `{% block title %}` and `{{ value }}` go. */
const TEMPLATE_TAG =
  /\{%-?\s*(?:(?:translate|trans|trans_noop|blocktrans|gettext|_)\s+(["'])([\s\S]*?)\1[^%]*|[\s\S]*?)%\}|\{\{[\s\S]*?\}\}/g;
const templateTagText = (_: string, _quote?: string, said?: string) => said ?? '';

/** Markdown links keep their words; images, bare URLs in angle brackets and template tags go. */
function markdownInline(text: string): string {
  return (
    text
      // Template comments hold instructions to whoever edits the page, never the ad: drop them whole.
      .replace(/\{%-?\s*comment\b[\s\S]*?%\}[\s\S]*?\{%-?\s*endcomment\b[\s\S]*?%\}|\{#[\s\S]*?#\}/g, '')
      .replace(TEMPLATE_TAG, templateTagText)
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s).,;:!?]|$)/gm, '$1$2')
      .replace(/(^|[\s(])_([^_\n]+)_(?=[\s).,;:!?]|$)/gm, '$1$2')
      // A backslash escape inside a line ("eine\*n Mitarbeiter\*in", "C\#") is the character itself once the page is
      // read. (At a line's start it keeps the line from being a list or a heading: it stays.)
      .replace(/(?<=\S[^\n]*)\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1')
  );
}

const BLOCK_START = /^(#{1,6}\s|[-*+•]\s|\d+[.)]\s|\*\*[^*]+\*\*:?$|>|\||```)/;

/**
 * Lines written one item a line with no bullet marks: a run of three or more lines that each open with a capital or a
 * digit. A soft-wrapped paragraph's lines go on with whatever word comes next, mostly in lower case.
 */
function lineLists(lines: string[]): boolean[] {
  const listed = lines.map(() => false);
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line && /^[\p{Lu}\d]/u.test(line) && !BLOCK_START.test(line)) continue;
    // (German capitalises its nouns, so its wrapped prose opens lines with capitals too; but a wrapped line stops
    // mid-phrase, on an article, a preposition or a conjunction: "… für die Situation vor / Ort.".)
    const midPhrase = lines.slice(start, i).some((l) => CONTINUES.test(l.trim()));
    if (i - start >= 3 && !midPhrase) for (let j = start; j < i; j++) listed[j] = true;
    start = i + 1;
  }
  return listed;
}

/** A line that stops where a phrase cannot end: on an article, a preposition or a conjunction, or after a comma. */
const CONTINUES =
  /(?:,|\b(?:the|a|an|and|or|of|to|with|for|in|on|at|by|from|as|that|der|die|das|den|dem|des|ein|eine|einen|und|oder|von|vor|mit|für|zu|zur|zum|im|auf|als|le|la|les|de|du|et|ou|en|à|au|pour|avec|un|une|el|los|las|y|con|para|por|del|il|lo|gli|di|da|per|um|uma|com|do|no|na|het|een|van|voor|met|sowie|bzw|sondern|dass|wie|ihre?n?|unsere?n?|deine?n?|your|our|their|its|is|are|was|were|be|will|can|not|nicht|sind|ist|wird|werden|que|qui|est|sont))$/i;

/** Joins soft-wrapped lines (Markdown source) back into one line per paragraph or bullet. */
/** "Title\n=====" and "Section\n-------" are headings written the other Markdown way: make them "# Title" / "## Section". */
function setextHeadings(text: string): string {
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const under = lines[i].trim();
    const above = lines[i - 1].trim();
    if (!/^(=+|-+)$/.test(under) || under.length < 3 || !above || /^(#|[-*•]\s)/.test(above) || above.length > 120) continue;
    lines[i - 1] = `${under[0] === '=' ? '#' : '##'} ${above}`;
    lines[i] = '';
  }
  return lines.join('\n');
}

function unwrap(text: string): string {
  const out: string[] = [];
  let prev = '';
  const lines = text.split('\n');
  const listed = lineLists(lines);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    // Only long lines wrap: a short line followed by another is a title, a byline or a list.
    // (A short line that names a section, over a blank line or a list, is that section's heading: "…tecnologia;" then
    // "Conhecimentos desejáveis" then "- HTML, CSS".)
    const next = lines[i + 1]?.trim() ?? '';
    // (Only after a finished sentence or item: a wrapped sentence goes on after "… nos gustaría que te".)
    const heading = /[.;!?)]$/.test(prev) && headingOf(line) !== undefined && (!next || BLOCK_START.test(next));
    const joinable =
      line &&
      !listed[i] &&
      !heading &&
      prev.length >= 50 &&
      !BLOCK_START.test(line) &&
      !/^#{1,6}\s/.test(prev) &&
      !/^\*\*[^*]+\*\*:?$/.test(prev);
    if (joinable) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
    prev = out[out.length - 1] && line ? out[out.length - 1] : '';
  }
  return out.join('\n');
}
