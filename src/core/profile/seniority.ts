// The level a job ad is pitched at: its title first, then what its body says (a restated title with a level,
// the years it asks for, leadership it expects, entry-level wording).
import type { Level } from '../bank/schema.ts';
import type { Language } from './language.ts';

/** Titles that say entry level whatever years the ad mentions. */
const ENTRY_TITLE =
  /\b(intern|junior|j[uú]nior|jr\.?|graduate|new grad|early[- ]career|entry[- ]level|trainee|apprentice|stagiaire|stagista|praktikant\w*|werkstudent\w*|ausbildung|azubi|auszubildende\w*|alternant\w*|becario|estagi[aá]ri[oa]|(?:sales|business) development representative|sdr|bdr|stageplaats|(?:offre\s+de|de|en)\s+stage|^stage(?=\s*(?:[-–—:|(]|de\b|en\b|d['’]))|estágio|est[aá]gio|tirocinio|pr[aá]cticas|pasant[ií]a|praktikum|(?:level|nivel|niveau|livello|nível)\s+(?:1|i|one|uno)|first[- ]line|1st[- ]line|1st[- ]level|first[- ]level)(?![\p{L}])|\b(?:engineer|developer|analyst|scientist|designer|swe)\s+(?:i|1)$/iu;
/** Titles that read as entry level unless the ad asks for years: coordinators, assistants, associates. */
const JUNIOR_UNLESS_YEARS =
  /\b(coordinator|agent|clerk|representative|receptionist|mitarbeiter(?:in)?|sachbearbeiter(?:in)?|assistant(?!\s+(?:director|head|vice|general counsel|professor|manager))|coordonnat\w*|duale[sr]? stud\w+|alternance)(?![\p{L}])|(?<!\bsenior\s)\bassociate\b(?!\s+(?:director|manager|vp|vice|principal|partner|professor|general counsel))/iu;
/** "Software Engineer III", "Analyst 4": a numbered grade above the second. */
const NUMBERED_SENIOR = /\b(?:engineer|developer|analyst|scientist|designer|swe)\s+(?:iii|iv|v|3|4|5)$/i;
/** "Software Engineer II", "Semi-Senior", "Ssr", "Pleno", "Medior": the middle grade, whatever else the title says. */
const MID_TITLE = /\b(?:engineer|developer|analyst|scientist|designer|swe)\s+(?:ii|2)$|\bsemi[- ]?senior\b|\bssr\b|\bpleno\b|\bmedior\b/i;
/** A US federal grade ("GS-15", "GS 13"): the level the government pays the role at. */
const GS_GRADE = /\bGS[- ]?(\d{1,2})\b/;
const STAFF_TITLE =
  /\b(staff|principal|distinguished|head (?:of|de|da|do|di)|director|vp|architect|directeur|directrice|responsable|leiter|jefe de|chief|in[- ]chief|en chef|chefredakt\w*|caporedatt\w*|redactor jefe)\b/i;
const SENIOR_TITLE = /\b(senior|s[eê]nior|sr\.?|lead)\b/i;

/** "Senior Interaction Designer, with strong front-end skills": the body restates the title with its level. */
const RESTATED =
  /(?<!\b(?:with|alongside|to|from|our|other|by|and|of|for)\s+(?:\w+\s+)?)\b(senior|sr\.|lead|principal|staff|junior|entry[- ]level)\s+(?:[\w/&-]+\s+){0,3}?(engineer|developer|designer|manager|analyst|scientist|recruiter|writer|architect|specialist|consultant|researcher|administrator|advisor)\b(?!s)/i;

/** "We are hiring an experienced Site Reliability Engineer", "This position is for a Lead Engineer", "MUI now needs to recruit a Senior Account Executive". */
const HIRING_LEVEL =
  /\b(?:hiring|recruit(?:ing)?|looking for|seeking|searching for|needs?|(?:position|role|job) is for|join us as)\s+(?:an?\s+)?(experienced|senior|sr\.|lead|principal|staff|junior|entry[- ]level)\s+(?:[\w/&-]+\s+){0,3}?[\w/&-]*(?:er|or|ist|ive|ant|ent|ect|ian|lead|head|manager|owner)\b/i;

/** Leading people or the work, as the ad expects it of the hire. */
const LEADERSHIP = [
  /\blead(?:ing)?\s+(?:a\s+|the\s+|multiple\s+|cross-functional\s+|small\s+)?(?:\w+\s+)?teams?\b/i,
  /\bmentor(?:ing|ship)?\b|\bcoach(?:ing)?\s+(?:engineers|developers|designers|others|the team)\b/i,
  /\b(?:technical|product|design|engineering)\s+leadership\b|\bleadership\s+(?:experience|skills)\b/i,
  /\bmotivate\s+(?:multiple\s+)?teams\b|\bmanage\s+(?:a\s+|the\s+)?team\b|\bpeople\s+management\b/i,
  /\bset(?:ting)?\s+(?:the\s+)?(?:technical\s+|product\s+)?(?:direction|strategy|vision)\b/i,
  /\b(?:we(?:'|’)re|we are)\s+looking\s+for\s+(?:an?\s+)?(?:experienced|seasoned)\b|\bextensive\s+experience\b|\bproven\s+track\s+record\b/i,
];

/** "2+ years as a team leader or manager", "experience managing a team". */
const MANAGED_BEFORE =
  /\byears?\s+(?:as\s+(?:a\s+)?|of\s+)(?:team\s+)?(?:lead|leader|manager|management|people\s+management)\b|\bexperience\s+(?:managing|leading)\s+(?:a\s+)?(?:\w+\s+)?teams?\b/i;

const ENTRY =
  /\bentry[- ]level\b|\bnew\s+grad(?:uate)?s?\b|\brecent\s+graduates?\b|\bno\s+(?:prior\s+)?experience\s+(?:is\s+)?(?:required|needed|necessary)\b|\btraining\s+(?:is\s+|will\s+be\s+)?provided\b|\bearly[- ]career\b|\bfirst\s+(?:job|role)\s+in\b|berufseinsteiger|berufsanfänger|\bdébutant(?:e|·e)?s?\s+(?:accepté|bienvenu)|jeunes?\s+diplômé|recién\s+(?:egresad|graduad|titulad)|sin\s+experiencia\s+previa|neolaureat|primo\s+impiego/i;
/** "Erste (oder mehr) Erfahrungen", "une première expérience": first experience is what an entry-level ad asks for. */
const FIRST_EXPERIENCE =
  /\berste[nr]?\s+(?:\([^)]{0,20}\)\s*)?(?:berufs|praxis)?erfahrung|\b(?:une\s+)?première\s+expérience|\bprimera\s+experiencia|\bprima\s+esperienza|\bprimeira\s+experiência|\bfirst\s+(?:professional\s+|work\s+)?experience\b/i;

/** Where a role's level was read: its title, a federal grade, the years it asks for, or the body's wording (least sure). */
export type SenioritySource = 'title' | 'grade' | 'years' | 'body' | 'default';

/**
 * The role's level. `years` is the largest experience the ad asks for (any requirement line), `text` the
 * cleaned ad. The title wins when it names a level.
 */
export function detectSeniority(title: string, years: number | undefined, language: Language = 'en', text = ''): Level {
  return readSeniority(title, years, language, text).level;
}

/** The role's level and where it was read (the title, a grade and stated years are firmer than body wording). */
export function readSeniority(
  title: string,
  years: number | undefined,
  language: Language = 'en',
  text = '',
  /** A US federal grade the ad's own metadata states (a job template's "gs: 14" field). */
  gsGrade?: number,
): { level: Level; from: SenioritySource } {
  const at = (level: Level, from: SenioritySource) => ({ level, from });
  const bare = title.replace(/\s*\((?:[mwfdhx*]\s*[/|,]\s*)+[mwfdhx*]\)\s*$/i, '').trim();
  // A coordinator or an assistant is an entry title until the ad asks for years ("Administrative Coordinator, 4+ years").
  if (ENTRY_TITLE.test(bare) || (JUNIOR_UNLESS_YEARS.test(bare) && (years === undefined || years < 2))) return at('junior', 'title');
  if (MID_TITLE.test(bare)) return at('mid', 'title');
  if (NUMBERED_SENIOR.test(bare)) return at('senior', 'title');
  // "Senior Staff Engineer", "Senior Principal": staff grades, however they open.
  if (/\bsenior\s+(?:staff|principal)\b/i.test(title)) return at('staff', 'title');
  // French "principal(e)" and Italian "esperto" mean senior, not staff.
  if (
    language !== 'en' &&
    /\b(principal|principale|principal·e|esperto|esperta|expert|senior|s[eê]nior|confirmé|confirmée|expérimenté|expérimentée)(?![\p{L}])/iu.test(
      title,
    )
  )
    return at('senior', 'title');
  // "Senior / Principal Software Developer": the first level the title names is the one the ad is pitched at.
  const staff = title.search(STAFF_TITLE);
  const senior = title.search(SENIOR_TITLE);
  if (staff >= 0 && (senior < 0 || staff < senior)) return at('staff', 'title');
  if (senior >= 0) return at('senior', 'title');
  if (/\bmid(-level)?\b|\bintermediate\b/i.test(title)) return at('mid', 'title');
  // A federal grade outranks a stated "one year at the next lower grade": GS-14/15 are senior, GS-11 to 13 mid.
  // (A job template's own grade field, "gs: 14", comes before a grade the text mentions.)
  const grade = Number(title.match(GS_GRADE)?.[1] ?? gsGrade ?? text.slice(0, 4000).match(GS_GRADE)?.[1]);
  if (grade >= 5 && grade <= 15) return at(grade >= 14 ? 'senior' : grade >= 11 ? 'mid' : 'junior', 'grade');
  if (years !== undefined && years >= 7) return at('staff', 'years');
  if (years !== undefined && years >= 5) return at('senior', 'years');
  if (years !== undefined && years <= 1) return at('junior', 'years');
  if (ENTRY.test(text)) return at('junior', 'body');
  const head = text.slice(0, Math.max(1500, Math.round(text.length * 0.5)));
  const restated = (head.match(HIRING_LEVEL)?.[1] ?? head.match(RESTATED)?.[1])?.toLowerCase().replace('experienced', 'senior');
  if (restated === 'junior' || restated?.startsWith('entry')) return at('junior', 'body');
  if (restated === 'principal' || restated === 'staff') return at('staff', 'body');
  if (restated) return at('senior', 'body');
  // (Only where the ad names no years or level: "4-5 Jahre …; erste Erfahrung mit einem Betriebsrat" asks for years first.)
  if (years === undefined && FIRST_EXPERIENCE.test(text)) return at('junior', 'body');
  // Prior experience leading or managing people is asked of senior hires on its own; other cues need company.
  if (MANAGED_BEFORE.test(text)) return at('senior', 'body');
  const leadership = LEADERSHIP.filter((re) => re.test(text)).length;
  if (leadership >= 2) return at('senior', 'body');
  return at('mid', 'default');
}
