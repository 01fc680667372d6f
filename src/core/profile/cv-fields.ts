// CVs kept as data in a site's source: JavaScript/TypeScript object literals, YAML or TOML with one field per line
// ("position: 'Technical Support Specialist'", "startDate: '2018-05-01'"). They are not JSON, so the structured
// reader does not see them, and no line holds a whole date range. This reader pairs the fields of each record and
// writes one role line per job ("Technical Support Specialist, Amazon, 2018-05 – 2021-08") for the text reader.

import { DATE, periodOf } from './cv-dates.ts';

/** A value that is one date and nothing else. */
const ONE_DATE = new RegExp(`^${DATE}$`, 'i');

/** "  position: 'Engineer',", "\"startDate\": \"2019-01\"", "end_date = 2020-03-01": a key and its value. */
const FIELD_LINE = /^\s*-?\s*["']?([A-Za-z_]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;

const START =
  /^(?:start(?:_?(?:date|year|month|ed))?|date_?start(?:ed)?|started(?:_?(?:on|at))?|from(?:_?date)?|begin|since|date_?joined|joined)$/i;
const END = /^(?:end(?:_?(?:date|year|month|ed))?|date_?end(?:ed)?|to|until|finish(?:ed)?)$/i;
/** A date kept in two fields, "MonthOfLeaving": "January" and "YearOfLeaving": "2026": which end, and which part. */
const DATE_PART = /^(month|year)_?of_?(leaving|joining|starting|start|ending|end|exit)$/i;
const TITLE = /^(?:position|title|role|job_?title|jobtitle|designation|specialization)$/i;
const ORG = /^(?:name|company|company_?name|org|organi[sz]ation|organi[sz]ation_?name|employer|employer_?name|business)$/i;
/** A record of study, not work: its dates are not professional years. */
const STUDY = /^(?:institution|school|university|degree|study_?type|studytype|area|gpa|courses)$/i;
/** A list of records under one of these keys ("const work = [", "experience:") is a work history. */
const WORK_LIST =
  /^(?:work|jobs?|experiences?|employment|positions|career|professional_?experience|exp[ée]riences?|experiencias?|experi[êe]ncias?|esperienze?|berufserfahrung|werdegang|empleos?|empregos?)/i;
const OTHER_LIST =
  /^(?:education|degrees?|items?|accomplishments?|achievements?|design|schools?|volunteer\w*|projects?|awards?|publications?|certificates?|certifications?|skills?|languages?|interests?|references?|formations?|formaci[oó]n|forma[cç][aã]o|formazione|studies|studium|ausbildung|bildung|[ée]tudes|estudios|estudos|istruzione|diplom\w*|courses?|cursos?|corsi|projets?|proyectos?|projetos?|progetti)/i;

/** A field that holds a whole period ("date: 'Jan 2019 - Present'", "period: '2016 – 2019'"). */
const PERIOD_KEY = /^(?:dates?|period|duration|when|years|time|tenure|date_?range|timeline|details|subtitle|meta)$/i;

/**
 * A date field's value in a form the text reader reads, or undefined when it is no date: "2018-05-01" and
 * "2018-05-01T00:00:00Z" → "2018-05", "05-2018" → "05/2018", "2018/5" → "2018-05", "2018 May" → "May 2018",
 * "2018-13" (no such month) → "2018"; "May 2018", "May, 2018", "1/5/2018" and "2018" stay as written.
 */
function fieldDate(v: string): string | undefined {
  // "Date.UTC(2014, 10)", "new Date(2014, 10, 1)": JavaScript counts months from 0; "new Date('2014-11-01')" holds its date.
  const js = v
    .trim()
    .match(/^(?:Date\.UTC|new\s+Date)\(\s*(?:((?:19|20)\d{2})\s*(?:,\s*(\d{1,2})\s*)?(?:,\s*\d{1,2}\s*)?|["'`]([^"'`]+)["'`])\)$/);
  if (js?.[3]) return fieldDate(js[3]);
  if (js) return js[2] !== undefined && Number(js[2]) <= 11 ? `${js[1]}-${String(Number(js[2]) + 1).padStart(2, '0')}` : js[1];
  // "date(2019, 3, 1)", "datetime.date(2019, 3, 1)": Python counts months from 1.
  const py = v.trim().match(/^(?:datetime\.)?(?:date|datetime)\(\s*((?:19|20)\d{2})\s*,\s*(\d{1,2})\s*(?:,\s*\d{1,2}\s*)?(?:,[^)]*)?\)$/);
  if (py) return Number(py[2]) >= 1 && Number(py[2]) <= 12 ? `${py[1]}-${py[2].padStart(2, '0')}` : py[1];
  const t = v.trim();
  // (A day left as a placeholder, "2015-01-XX", is no day.)
  const iso = t.match(/^((?:19|20)\d{2})[-/.](\d{1,2})(?:[-/.](?:\d{1,2}|[xX?]{1,2}))?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/);
  if (iso) return Number(iso[2]) >= 1 && Number(iso[2]) <= 12 ? `${iso[1]}-${iso[2].padStart(2, '0')}` : iso[1];
  const monthFirst = t.match(/^(\d{1,2})[-/.]((?:19|20)\d{2})$/);
  if (monthFirst)
    return Number(monthFirst[1]) >= 1 && Number(monthFirst[1]) <= 12 ? `${monthFirst[1].padStart(2, '0')}/${monthFirst[2]}` : monthFirst[2];
  const yearFirst = t.match(/^((?:19|20)\d{2})\s+([A-Za-zÀ-ÿ]{3,9}\.?)$/);
  if (yearFirst) return `${yearFirst[2]} ${yearFirst[1]}`;
  return ONE_DATE.test(t) ? t : undefined;
}

/** A period field's start and end: "Jan 2019 - Present", "['2015-01', '2019-01']" (a pair written as a list). */
function fieldPeriod(value: string): [string, string] | undefined {
  const pair = value.match(/^\[\s*["'`]?([^"'`,\]]+)["'`]?\s*,\s*["'`]?([^"'`,\]]*)["'`]?\s*\]$/);
  if (pair) return [pair[1], pair[2] || 'present'];
  // (A timestamp's time of day is no part of a period: "2015-01-01T00:00:00Z – …".)
  const m = periodOf(value.replace(/T\d{2}:\d{2}[\d:.]*(?:Z|[+-]\d{2}:?\d{2})?/g, ''));
  return m ? [m[1], m[2]] : undefined;
}

interface WorkRecord {
  title?: string;
  org?: string;
  start?: string;
  end?: string;
  study?: boolean;
  /** The record's only date is one day ("date: 2021-12-01T00:00:00Z"): a page's or a post's date, unless in a work list. */
  oneDay?: boolean;
  /** The month of a date kept in two fields, until its year arrives. */
  month?: { start?: string; end?: string };
}

/** One calendar day, as a site's generator writes it: "2021-12-01", "2021-12-01T00:00:00.000Z". */
const ONE_DAY = /^(?:19|20)\d{2}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

const unquote = (v: string) => v.replace(/^["'`]|["'`]$/g, '').trim();

/**
 * One line per dated job found as key/value fields, or [] when the text has none. Only records inside a work list
 * (or, outside any named list, records with a title or an employer and no study field) count.
 */
export function fieldRoles(text: string): string[] {
  const out: string[] = [];
  let list: 'work' | 'other' | undefined;
  let current: WorkRecord = {};
  const flush = () => {
    const r = current;
    current = {};
    if (!r.start || r.study || list === 'other' || (!r.title && !r.org)) return;
    // ("title: About Me" over "date: 2021-12-01" in a page's front matter is when the page was written.)
    if (r.oneDay && list !== 'work') return;
    // (An empty end, "date_end = \"\"", is a role still held.)
    const end = (r.end ? fieldDate(r.end) : undefined) ?? 'Present';
    out.push(`${[r.title, r.org].filter(Boolean).join(', ')}, ${r.start} – ${end}`);
  };
  // An object written on one line ("{ role: 'Reporter', org: 'The Daily', period: '2016 – 2019' }"): one field a line.
  const oneField = text.replace(
    /\{([^{}\n]*)\}/g,
    (_, inner: string) => `{\n${inner.split(/,\s*(?=["']?[A-Za-z_]+["']?\s*:)/).join(',\n')}\n}`,
  );
  // A small object inside a record ("for: {\n name: 'CGI' }", "dates: {\n from: …, to: … }") holds fields of that
  // record: its lines join the record's, so its closing brace does not end the record.
  const inlined = oneField.replace(
    /^[ \t]*["']?[A-Za-z_]+["']?[ \t]*:[ \t]*\{[ \t]*\n((?:[ \t]*["']?[A-Za-z_]+["']?[ \t]*:[^{}[\]\n]*\n){1,6})[ \t]*\},?[ \t]*$/gm,
    (_, inner: string) => inner.replace(/\n$/, ''),
  );
  for (const line of inlined.split('\n')) {
    // "const work: Position[] = [", "experience:", "[[work]]": a list begins.
    // ("experience: # Experiences.": a YAML comment after the key.)
    const listName = line
      .replace(/\s+#(?:\s.*)?$/, '')
      .match(
        /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_]+)\b|^\s*\[*["']?([A-Za-z_]+)["']?\]*\s*:\s*(?:\[\s*)?$|^\s*\[\[([A-Za-z_.]+)\]\]\s*$/,
      );
    // "export default [", "module.exports = {": a new unnamed value; the list before it has ended.
    if (/^\s*(?:export\s+default\b|module\.exports\s*=)/.test(line)) {
      flush();
      list = undefined;
      continue;
    }
    if (listName) {
      const n = (listName[1] ?? listName[2] ?? listName[3] ?? '').split('.').pop() ?? '';
      if (WORK_LIST.test(n) || OTHER_LIST.test(n)) {
        flush();
        list = WORK_LIST.test(n) ? 'work' : 'other';
        continue;
      }
    }
    const m = line.match(FIELD_LINE);
    if (!m) {
      // A new object in a list of objects closes the previous one.
      if (/^\s*[{}]|^\s*-\s*$/.test(line)) flush();
      continue;
    }
    const [, key, raw] = m;
    const value = unquote(raw);
    if (/^\s*-\s/.test(line)) flush();
    const period = PERIOD_KEY.test(key) ? fieldPeriod(value) : undefined;
    const startDate = START.test(key) ? fieldDate(value) : undefined;
    if (period) {
      if (current.start) flush();
      current.start = fieldDate(period[0]) ?? period[0];
      current.end = fieldDate(period[1]) ?? period[1];
      current.oneDay = ONE_DAY.test(value);
    } else if (startDate) {
      if (current.start) flush();
      current.start = startDate;
    } else if (DATE_PART.test(key)) {
      const [, part, side] = key.match(DATE_PART) ?? [];
      const which = /^(?:leaving|ending|end|exit)$/i.test(side) ? 'end' : 'start';
      current.month ??= {};
      const month = current.month;
      if (/^month$/i.test(part)) month[which] = value;
      else if (which === 'end') current.end = value && /^(?:19|20)\d{2}$/.test(value) ? `${month.end ?? ''} ${value}`.trim() : value;
      else if (/^(?:19|20)\d{2}$/.test(value)) {
        if (current.start) flush();
        current.start = `${month.start ?? ''} ${value}`.trim();
      }
    } else if (END.test(key)) current.end = value;
    else if (TITLE.test(key) && value && !/^(?:string|number)\b/.test(value)) {
      if (current.title) flush();
      current.title = value;
    } else if (ORG.test(key) && value && !/^(?:string|number)\b/.test(value)) current.org ??= value;
    else if (STUDY.test(key)) current.study = true;
  }
  flush();
  return out;
}
