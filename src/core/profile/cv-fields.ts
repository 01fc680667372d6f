// CVs kept as data in a site's source: JavaScript/TypeScript object literals, YAML or TOML with one field per line
// ("position: 'Technical Support Specialist'", "startDate: '2018-05-01'"). They are not JSON, so the structured
// reader does not see them, and no line holds a whole date range. This reader pairs the fields of each record and
// writes one role line per job ("Technical Support Specialist, Amazon, 2018-05 – 2021-08") for the text reader.

/** "  position: 'Engineer',", "\"startDate\": \"2019-01\"", "end_date = 2020-03-01": a key and its value. */
const FIELD_LINE = /^\s*-?\s*["']?([A-Za-z_]+)["']?\s*[:=]\s*(.*?)\s*,?\s*$/;

const START = /^(?:start(?:_?date)?|date_?start|from|begin|since)$/i;
const END = /^(?:end(?:_?date)?|date_?end|to|until)$/i;
const TITLE = /^(?:position|title|role|job_?title|jobtitle)$/i;
const ORG = /^(?:name|company|organi[sz]ation|employer|business)$/i;
/** A record of study, not work: its dates are not professional years. */
const STUDY = /^(?:institution|school|university|degree|study_?type|studytype|area|gpa|courses)$/i;
/** A list of records under one of these keys ("const work = [", "experience:") is a work history. */
const WORK_LIST = /^(?:work|jobs?|experiences?|employment|positions|career|professional_?experience)/i;
const OTHER_LIST =
  /^(?:education|degrees?|schools?|volunteer\w*|projects?|awards?|publications?|certificates?|skills?|languages?|interests?|references?)/i;

/** "2018-05-01", "2018-05", "May 2018", "2018": kept as the reader's own month format. */
const DATE_VALUE =
  /^(?:(?:19|20)\d{2}(?:-(?:0?[1-9]|1[0-2]))?(?:-\d{1,2})?|[A-Za-z]{3,9}\.?\s+(?:19|20)\d{2}|(?:0?[1-9]|1[0-2])\/(?:19|20)\d{2})$/;

interface WorkRecord {
  title?: string;
  org?: string;
  start?: string;
  end?: string;
  study?: boolean;
}

const unquote = (v: string) => v.replace(/^["'`]|["'`]$/g, '').trim();
/** "2018-05-01" → "2018-05" (a day would read as a second range). */
const month = (v: string) => v.replace(/^((?:19|20)\d{2}-\d{1,2})-\d{1,2}$/, '$1');

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
    const end = r.end && DATE_VALUE.test(r.end) ? month(r.end) : 'Present';
    out.push(`${[r.title, r.org].filter(Boolean).join(', ')}, ${month(r.start)} – ${end}`);
  };
  for (const line of text.split('\n')) {
    // "const work: Position[] = [", "experience:", "[[work]]": a list begins.
    const listName = line.match(
      /^\s*(?:export\s+)?(?:const|let|var)\s+([A-Za-z_]+)\b|^\s*\[*["']?([A-Za-z_]+)["']?\]*\s*:\s*(?:\[\s*)?$|^\s*\[\[([A-Za-z_.]+)\]\]\s*$/,
    );
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
    if (START.test(key) && DATE_VALUE.test(value)) {
      if (current.start) flush();
      current.start = value;
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
