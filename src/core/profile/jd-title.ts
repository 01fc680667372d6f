// The job title and the employer, read the way a person finds them on a real ad: an explicit "Job Title:"
// field, the page's own title (front matter, HTML), else the first line that is a title — not a "this
// position has been filled" notice, not a mission statement — with job-board decoration removed.
import { type DocumentMeta, decodeEntities } from './clean.ts';
import { logisticsIn } from './jd-sections.ts';
import { plainLine } from './structure.ts';

export interface JdTitle {
  title: string;
  company: string;
  team: string;
  /** The lines the title and the byline were read from (the parser skips them as content). */
  skip: Set<string>;
}

/** Notices about the posting itself, never its title. */
const STATUS =
  /\b(?:position|role|job|opening|vacancy)\s+(?:has been|is now|is|was)\s+(?:filled|closed)\b|\bhas been filled\b|\bno longer accepting\b|\bapplications?\s+(?:are\s+|is\s+)?(?:now\s+)?closed\b|\bthis (?:job|role|position) is closed\b/i;
/** "Job Title: QA Engineer", "**Position:** Data Analyst". */
const FIELD =
  /^(?:job\s+title|position\s+title|post\s+title|position\s+designation|title|position|role|job|poste|titre\s+du\s+poste|intitulé\s+du\s+poste|posizione|stelle|stellenbezeichnung|jobtitel|puesto|título\s+del\s+puesto|cargo|nome\s+da\s+vaga)\s*:\s*(.{3,100})$/i;
/** Job-board decoration before the title: "Job Opportunity: QA Engineer", "Now hiring – Designer". */
const BOARD_PREFIX =
  /^(?:job\s+opportunity|job\s+opening|open\s+(?:position|role)|now\s+hiring|we(?:'|’)re\s+hiring|we\s+are\s+hiring|hiring|job\s+posting|job\s+offer|careers?|vacancy|vacature|opening|offre\s+d(?:'|’)emploi|stellenangebot|oferta\s+de\s+empleo|postes?\s+vacants?|postes?\s+à\s+pourvoir|appel\s+à\s+candidatures?|vacante|vaga|posizione\s+aperta)\s*[:–—-]\s*|^(?:posici[oó]n\s+abierta|vacante|oferta(?:\s+de\s+empleo)?|vaga)\s+(?:para|de)\s+(?:una?\s+)?|^(?:job\s+offer|job\s+opening|job\s+posting|vacancy|vacature|stellenangebot|offre\s+d(?:'|’)emploi)\s+(?=\p{Lu})/iu;
/** "Acme is hiring a Tech Lead for…", "we're seeking to hire a full-time Operations Assistant to…". */
const HIRING_SENTENCE =
  /\b(?:is|are)\s+hiring\s+(?:an?\s+)?|\b(?:seeking|looking)\s+(?:to\s+hire\s+|for\s+)?(?:an?\s+)?(?:(?:full|part)[- ]time\s+|experienced\s+|talented\s+)?(?=[A-Z])/;
/** "We are looking for a …", "Buscamos a un …", "Wir suchen eine*n …": the hiring phrase around a title. */
const LOOKING_FOR =
  /^(?:we(?:'|’)re|we are)\s+(?:looking\s+for|hiring|seeking)\s*:?\s+(?:an?\s+)?|^(?:seeking|hiring|wanted)\s*:?\s+(?:an?\s+)?(?:(?:part|full)[- ]time\s+)?|^(?:buscamos|estamos buscando|wir suchen|nous recherchons|on recherche|cerchiamo|procuramos)\s*:?\s+(?:(?:a\s+)?(?:un|una|uno|une|un·e|eine?n?|eine?[*/]n|ein[*/]e)\s+|a\s+)?/i;
/** "Jugend hackt sucht ein*e Fundraiser*in", "Acme is hiring a Designer": the employer, then the job. */
const ORG_SEEKS =
  /^(.{2,50}?)\s+(?:sucht|busca|recherche|cherche|recrute|recruta|recluta|cerca|procura|is hiring|is recruiting|is looking for|seeks)\s*:?\s+(?:(?:eine?n?|eine?[*/]n|ein[*/]e|an?|un\(e\)|une?\s?\(e\)|un|una|uno|une|un·e|un-e|des|de|les)\s+)?(.+)$/i;
/** Decoration after a title: gender markers, contract terms, deadlines, "gesucht!". */
const TITLE_TAIL =
  /\s*(?:\((?:[mwfdh*x]\s*[/|,]\s*)+[mwfdh*x]\)|\b[HF]\s*\/\s*[HF]\b|\((?=[^)]*(?:%|bewerbungsschluss|deadline|frist|cdd|cdi|befristet|teilzeit|vollzeit|part[- ]time|full[- ]time))[^)]*\)|\s[-–—]\s*(?:CDD|CDI|contrat|befristet|teilzeit|vollzeit)\b.*|\bgesucht\b!?|!|\s+(?:job\s+description|job\s+advert|job\s+posting|job\s+opening|job\s+offer|vacancy)|\s+(?:position|job|role|opening)\s+(?:with|at)\s+.{2,60}|\s+is\s+(?:hiring|recruiting)|\s*\((?:[\p{L}]+\s+)?(?:19|20)\d{2}\)|\s+(?:en el|en la|chez|presso|bij|bei)\s+\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*){0,3}(?:\s*\([^)]{2,40}\))?)\s*$/iu;
/** A closed post's status after its title, in nine languages: "- ENCERRADA", "[CLOSED]", "(besetzt)". */
const CLOSED_POST =
  /\s*(?:[-–—]\s*(?:encerrad[ao]|fechad[ao]|closed|filled|cerrad[ao]|chius[ao]|ferm[ée]e?|pourvue?|geschlossen|besetzt|vergeben|gesloten|vervuld)|[[(](?:encerrad[ao]|fechad[ao]|closed|filled|cerrad[ao]|chius[ao]|ferm[ée]e?|pourvue?|geschlossen|besetzt|vergeben|gesloten|vervuld)[\])])\s*$/iu;
/** A careers page's own title ("Jobs at Sefaria"): the job is named in the heading below it. */
const JOBS_PAGE =
  /^(?:jobs|careers?|your careers?|karriere|job openings|open (?:positions|roles)|vacancies|work with us|join (?:us|our team)|stellenangebote|offres d(?:'|’)emploi|postes vacants|vacantes|vagas|empleos|lavora con noi|offerte di lavoro)(?:\s+(?:at|@|bei|chez|en|with)\s+(.{2,40}?))?(?:\s+[^\x00-\x7F].*)?$/i;
/** "As Site Reliability Engineer you will", "Als Business Developer Cloud Computing wirst Du": the job, named in a duties heading. */
const AS_ROLE =
  /^(?:as|als|en tant que|come|como)\s+(?:an?\s+|the\s+|eine?r?\s+|une?\s+|un[ao]?\s+)?(.{3,70}?),?\s+(?:you(?:'|’| wi)ll|wirst du|werden sie|vous (?:serez|allez)|ti occuperai|vas a|você vai|ga je)\b/i;
/** An employer described rather than named: "Internet Freedom Nonprofit", "Fast-growing Startup", "Leading Agency". */
const DESCRIBED_EMPLOYER =
  /^(?:[\p{L}-]+\s+){0,3}(?:non-?profit|organi[sz]ation|start-?up|scale-?up|company|firm|agency|charity|ngo|employer|client|business)$/iu;
const ORG_PREFIX = /^([\w.&'’ ]{2,40}?)\s*(?::|\s[-–—])\s+(.+)$/;
const EMOJI = /\p{Extended_Pictographic}|\u200d|\ufe0f/gu;
export const ROLE_NOUN =
  /\b(engineer|developer|designer|manager|analyst|scientist|lead|director|recruiter|writer|specialist|coordinator|associate|assistant|consultant|architect|administrator|advisor|officer|agent|representative|executive|researcher|head|intern|operator|strategist|editor|marketer|accountant|technician|programmer|tester|owner|steward|fundrais\w*|\w*builder|organi[sz]er\w*|l[ií]der|leiter\w*|referent\w*|entwickler\w*|desarrollador\w*|dise[ñn]ador\w*|programador\w*|d[ée]veloppeu\w*|sviluppat\w*|charg[ée]\w*|gestor\w*|responsable|redakteur\w*|r[ée]dact\w*|desenvolvedor\w*|engenheir\w*|ingenier[oa]s?|ing[ée]nieu\w*|ingegner\w*|analista|gerente|consultor[ae]?|t[ée]cnic[oa]|estagi[áa]ri[oa]|stagist[ae]|stagiaire|praktikant\w*|becari[oa]|ontwikkelaar\w*|medewerker\w*|berater\w*|sachbearbeiter\w*)s?(?![a-zà-ÿ0-9_])/i;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** A name that ends on a job's noun ("Java Developer"). */
const ENDS_WITH_ROLE = new RegExp(`${ROLE_NOUN.source}s?$`, 'i');
const clean = (s: string) =>
  // (">Job title: Junior Developer": a Markdown quote block of the ad's fields.)
  plainLine(decodeEntities(s.replace(/<[^>]{1,80}>/g, ' ').replace(/^\s*(?:>\s*)+/, '')))
    .replace(/\\([*_])/g, '$1')
    .replace(EMOJI, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s·|•—–:-]+|[\s·|•—–:-]+$/g, '')
    .trim();

/** A line that reads as a title rather than a sentence. */
function titleLike(s: string): boolean {
  return s.length > 0 && words(s) <= 12 && !/[.!?]$/.test(s) && !STATUS.test(s) && !/^[{<%]/.test(s);
}

/** An employer announcing that it hires ("We are hiring!", "Nous recrutons", "Acme recrute", "Wir stellen ein"): no job's name, no recruiter's job. */
export const HIRING_ANNOUNCEMENT =
  /\b(?:we(?:'|’)re|we\s+are|is|are|now)\s+(?:hiring|recruiting)\b|\b(?:nous\s+)?recrutons\b|\b(?:on\s+)?recrute\b|\bwir\s+stellen\s+ein\b|\bstiamo\s+assumendo\b|\bestamos\s+contratando\b/gi;
/** "nous recrutons un.e chargé.e de mission pour …", "we are hiring a community manager": whom the employer recruits. */
const RECRUITS_WHOM =
  /\b(?:recrutons|recrute|are\s+hiring|is\s+hiring|are\s+recruiting|suchen\s+wir|wir\s+suchen|buscamos|cerchiamo|procuramos)\s+(?:(?:un\.e|un·e|un-e|un\(e\)|une?|an?|eine?n?|eine?[*/]n|una?|uno)\s+)?((?:[^.;,!?]|\.(?=\p{Ll}))+)/iu;
/** A question naming the job: "¿Buscas … como <job>?", "¿Eres un <job> en busca de …?", "Are you a <job> who …?". */
const QUESTION_TITLE =
  /^¿?\s*(?:(?:buscas|quieres|te gustaría)\b[^?]{0,60}?\b(?:como|de)\s+(?:una?\s+)?|(?:eres|es usted)\s+(?:una?\s+)?|are\s+you\s+(?:an?\s+)?|bist\s+du\s+(?:eine?n?\s+)?|es-tu\s+(?:une?\s+)?|sei\s+(?:una?\s+)?)([^?]{3,60}?)(?:\s+(?:en busca|que|who|looking|with|con|auf der suche|qui|in cerca)\b[^?]*)?\s*\?\s*$/iu;
/** Hours before a title: "Full-time", "Part-time position:". */
const HOURS_PREFIX = /^(?:full|part)[- ]time(?:\s+(?:position|role|job))?\s*[:–—-]?\s+(?=\p{L})/iu;

/** A line that ends by announcing the job below it: "Für die Standorte München/Hamburg suchen wir ab sofort:", "We're hiring:". */
const HIRING_LEAD_IN =
  /\b(?:suchen wir|wir suchen|looking for|are hiring|we(?:'|’)re hiring|is hiring|seeking|recherchons|recrutons|recrute|buscamos|procuramos|cerchiamo|zoeken wij|wij zoeken)\b[^:]{0,40}:$/i;

/** The rest of an employer field written as a sentence ("… is hiring for a designer.", "… is looking for…", "… sucht…"). */
const HIRING_TAIL =
  /\s+(?:is|are)\s+(?:hiring|looking for|seeking|recruiting)\b.*$|\s+(?:seeks|sucht|recrute|busca|cerca|procura|zoekt)\b.*$/i;

export function readTitle(text: string, meta: DocumentMeta): JdTitle {
  const nonEmpty = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const skip = new Set<string>();
  const head = nonEmpty.slice(0, 40).map(clean);

  // 1. An explicit field wins: the ad says what the job is called.
  // Bold field labels run together when an ad's lines were joined: "**Job Title:** QA Engineer **Location:** Remote".
  const fieldOf = (raw: string, plain: string) =>
    raw.match(/^\*\*(?:job\s+title|position\s+title|title|position)\s*:?\s*\*\*\s*:?\s*(.+?)(?=\s+\*\*[A-Z][\w ]{1,30}:?\*\*|$)/i)?.[1] ??
    (FIELD.test(plain) ? plain.replace(FIELD, '$1') : undefined);
  const fieldIndex = head.findIndex((l, i) => {
    const f = fieldOf(nonEmpty[i], l);
    return f !== undefined && words(f) <= 12;
  });
  let written = fieldIndex >= 0 ? clean(fieldOf(nonEmpty[fieldIndex], head[fieldIndex]) ?? '') : '';
  // 2. The page's own title, 3. the first line that reads as a title.
  const firstIndex = head.findIndex((l) => !STATUS.test(l) && l.length > 0);
  if (!written && meta.title) written = clean(meta.title);
  // (Not a wrapped sentence's first line, "For its Sovereign Cloud Stack (SCS)" over "project funded by …": no job in it,
  // and the next line carries on in lower case.)
  const wrapped =
    firstIndex >= 0 && !ROLE_NOUN.test(head[firstIndex]) && !/^#/.test(nonEmpty[firstIndex]) && /^\p{Ll}/u.test(head[firstIndex + 1] ?? '');
  if (!written && firstIndex >= 0 && titleLike(head[firstIndex]) && !wrapped) {
    written = head[firstIndex];
    skip.add(nonEmpty[firstIndex]);
  }
  // 3b. An opening that names no job ("Wir sind ein IT-Dienstleistungsunternehmen mit Fokus auf Netzwerk &") over a
  // lead-in that hires ("… suchen wir ab sofort:", "We are looking for:"): the line after the lead-in is the job.
  if (fieldIndex < 0 && !meta.title && !ROLE_NOUN.test(written)) {
    const lead = nonEmpty.slice(0, 25).findIndex((l) => HIRING_LEAD_IN.test(plainLine(l)));
    const next = lead >= 0 ? head[lead + 1] : undefined;
    if (next && titleLike(next) && ROLE_NOUN.test(next) && words(next) <= 8) {
      skip.delete(nonEmpty[firstIndex]);
      written = next;
      skip.add(nonEmpty[lead + 1]);
    }
  }
  // 4. An ad that opens with prose names the job in a sentence: "Hack Club is hiring a Tech Lead for…".
  if (!written || !titleLike(written)) {
    for (const l of head.slice(0, 12)) {
      const m = l.match(HIRING_SENTENCE);
      if (!m || m.index === undefined) continue;
      const rest = l.slice(m.index + m[0].length);
      const named = rest
        .match(/^((?:(?:[A-Z][\w&/+.'’-]*|of|and|&|for)\s?){1,7})/)?.[1]
        ?.trim()
        .replace(/\s+(?:of|and|&|for)$/, '');
      if (named && ROLE_NOUN.test(named)) {
        written = named;
        break;
      }
    }
  }
  // 5. A sentence on top ("The position is to be filled as soon as possible.") over the ad's own heading, or its
  // "As Site Reliability Engineer you will" / "Als Business Developer wirst Du": the heading or the phrase names the job.
  if (!written || !titleLike(written)) {
    const heading = nonEmpty.slice(0, 12).findIndex((l, i) => /^#\s/.test(l) && titleLike(head[i]) && ROLE_NOUN.test(head[i]));
    const phrase = head.map((l) => l.match(AS_ROLE)?.[1]?.trim()).find((t) => t && ROLE_NOUN.test(t) && words(t) <= 8);
    if (heading >= 0) {
      written = head[heading];
      skip.add(nonEmpty[heading]);
    } else if (phrase) written = phrase;
  }
  if (!written && firstIndex >= 0) written = head[firstIndex];
  written = written.replace(BOARD_PREFIX, '').slice(0, 120).trim();
  // A title asked as a question ("¿Buscas nuevos desafíos como desarrollador de software?", "¿Eres un diseñador web en
  // busca de nuevos retos?", "Are you a frontend developer who loves tests?"): the job is the role it names.
  const asked = written.match(QUESTION_TITLE);
  const role = asked?.[1]?.trim();
  if (role && ROLE_NOUN.test(role) && words(role) <= 6) written = role.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  // ("Full-time UX Designer", "Part-time position: Localization Project Manager": the hours are logistics.)
  written = written.replace(HOURS_PREFIX, '');
  let seekingCompany = '';
  // "Jobs at Sefaria" then "## Senior Software Engineer": the page's heading names the employer, the next one the job.
  const jobsPage = written.match(JOBS_PAGE);
  if (jobsPage) {
    seekingCompany = jobsPage[1]?.trim() ?? '';
    // (The page title may be the front matter's, in no line of the text: then the job's heading opens the text.)
    const start = head.findIndex((l) => JOBS_PAGE.test(l));
    const named = (l: string) => clean(l).replace(BOARD_PREFIX, '');
    // ("Appel à candidatures : le Programming Historian recrute des rédacteurs": a heading that hires, read below.)
    // (A Markdown heading that names a job wins, a few paragraphs down: "# Director of Site Reliability Engineering" below
    // the page's notes on where it hires and how to apply.)
    const job =
      nonEmpty.slice(start + 1, start + 12).find((l) => /^#{1,3}\s/.test(l) && titleLike(named(l)) && ROLE_NOUN.test(named(l))) ??
      nonEmpty
        .slice(start + 1, start + 6)
        .find(
          (l) =>
            (/^#{1,3}\s/.test(l) || titleLike(named(l))) && (titleLike(named(l)) || ORG_SEEKS.test(named(l))) && ROLE_NOUN.test(named(l)),
        );
    if (job) {
      written = named(job);
      skip.add(job);
    }
  }
  // ("Recrutement développeur Magento", "Stellenausschreibung Referent*in", "Hiring: Backend Engineer": the word for hiring
  // is no part of the job.)
  written = written
    .replace(LOOKING_FOR, '')
    .replace(
      /^(?:stellenausschreibung|stellenangebot|ausschreibung|recrutement|recrutamento|reclutamiento|contrataci[óo]n|vacature|(?:we['’]re\s+)?hiring)\s*:?\s+/i,
      '',
    );
  // A title that only announces hiring ("We are hiring ! / Nous recrutons !"): the job is named where the text says whom
  // it recruits ("… nous recrutons un.e chargé.e de mission pour …").
  if (!/\p{L}/u.test(written.replace(HIRING_ANNOUNCEMENT, ' '))) {
    const named = head
      .slice(0, 15)
      .map((l) =>
        l
          .match(RECRUITS_WHOM)?.[1]
          ?.replace(/\s+(?:pour|for|für|para|per)\b.*$/i, '')
          .trim(),
      )
      .find((t) => t && ROLE_NOUN.test(t) && words(t) <= 8);
    if (named) written = named.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  }
  const seeks = written.match(ORG_SEEKS);
  if (seeks && ROLE_NOUN.test(seeks[2]) && !ROLE_NOUN.test(seeks[1])) {
    // "…recrute des rédacteurs": the job, capitalised; "le Programming Historian": the employer, without its article.
    written = seeks[2].replace(/^\p{Ll}/u, (c) => c.toUpperCase());
    const seeker = seeks[1].trim().replace(/^(?:(?:the|le|la|les|el|il|lo|der|die|das|o|a)\s+|l['’]\s*)(?=\p{Lu})/iu, '');
    // ("Internet Freedom Nonprofit Seeks …": a description of the employer, whose name the text gives below.)
    if (!DESCRIBED_EMPLOYER.test(seeker)) seekingCompany ||= seeker;
  }
  const untail = (t: string) => t.replace(TITLE_TAIL, '').replace(CLOSED_POST, '');
  for (let tail = untail(written); tail !== written && tail.length >= 3; tail = untail(written)) written = tail.trim();

  // "Data Engineer · Perpetua", "Data Engineer | Perpetua | Remote", "Login.gov: Engineer": title and employer.
  let title = written;
  let titleCompany = '';
  const parts = written.split(/\s+[·|]\s+|\s+@\s+/).map((p) => p.trim());
  if (!meta.title && parts.length > 1) {
    title = parts[0];
    titleCompany = parts.slice(1).find((p) => p && !logisticsIn(p).length && !/team|platform|group|squad/i.test(p)) ?? '';
  }
  // "Login.gov - DevOps Engineer", "TechToGov - TTS: Various Roles": a programme or employer before the job.
  for (let org = title.match(ORG_PREFIX); org && ROLE_NOUN.test(org[2]) && !ROLE_NOUN.test(org[1]); org = title.match(ORG_PREFIX)) {
    title = org[2].trim();
    titleCompany ||= org[1].trim();
  }
  // "Coordonnateur/Coordonnatrice des opérations": the first of two gendered forms.
  title = title.replace(/(\p{L}{5,})\/(\p{L}+)/gu, (whole, a: string, b: string) =>
    a.slice(0, 5).toLowerCase() === b.slice(0, 5).toLowerCase() ? a : whole,
  );

  // The line under the title usually reads "Company | Team | Location" — a byline, not a section heading.
  const secondRaw = firstIndex >= 0 && !meta.title ? (nonEmpty[firstIndex + 1] ?? '') : '';
  const second = secondRaw && !/^#{1,6}\s/.test(secondRaw) && secondRaw.length <= 140 ? clean(secondRaw) : '';
  const byline =
    second && !/[.!?]$/.test(second) && !/^[\p{L} ]{2,30}:/u.test(second)
      ? second
          .split(/\s+[|·—–-]\s+|\s*[|·]\s*/)
          .map((p) => p.trim())
          .filter((p) => p && words(p) <= 6 && !ROLE_NOUN.test(p))
      : [];
  if (byline.length) skip.add(secondRaw);
  // ("at NJ Office of Innovation": the byline's own preposition is not part of the name.)
  let company = (
    titleCompany ||
    seekingCompany ||
    (byline.find((p) => !logisticsIn(p).length && !/team|platform|group|squad/i.test(p)) ?? '')
  ).replace(/^(?:at|chez|bei|presso|en|em|bij)\s+(?=\p{Lu})/u, '');
  const team = byline.find((p) => /team|platform|group|squad|research|tribe|department/i.test(p) && p !== company) ?? '';
  const companyLine = text.match(
    /^\s*(?:>\s*)?(?:\*\*)?(?:company|employer|organi[sz]ation|hiring organi[sz]ation|area of government|unit\/division|employeur|arbeitgeber|empresa)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(.+)$/im,
  );
  if (companyLine) company = clean(companyLine[1]);
  // (Not a front-matter "organization: Java Developer": a job's name in the employer's field names no employer.)
  // "organization: EFF is hiring for a designer.": the employer is the sentence's subject.
  const employer = meta.company?.replace(HIRING_TAIL, '').trim();
  if (employer && !(words(employer) <= 4 && ENDS_WITH_ROLE.test(employer))) company = employer;
  return { title: title || written, company, team, skip };
}
