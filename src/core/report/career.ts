import type { Track } from '../bank/schema.ts';
import { type ParsedCv, type Role, totalYears } from '../profile/cv.ts';
import type { ParsedJd } from '../profile/jd.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';

/** Professions as a recruiter sorts people: engineering tracks are one profession. */
export type Profession =
  | 'software'
  | 'research'
  | 'leadership'
  | 'product'
  | 'design'
  | 'recruiting'
  | 'sales'
  | 'operations'
  | 'administration'
  | 'customer-success'
  | 'technical-writing'
  | 'communications'
  | 'law'
  | 'engineering'
  | 'teaching'
  | 'health'
  | 'veterinary'
  | 'library'
  | 'business-analysis'
  | 'arts'
  | 'finance'
  | 'hospitality'
  | 'public-policy'
  | 'military';

export const PROFESSION_NAME: Record<Profession, string> = {
  software: 'software engineering',
  research: 'scientific research',
  leadership: 'general management',
  product: 'product management',
  design: 'design',
  recruiting: 'recruiting and HR',
  sales: 'sales and business development',
  operations: 'operations',
  administration: 'office administration',
  'customer-success': 'customer success and support',
  'technical-writing': 'technical writing',
  communications: 'communications',
  law: 'law',
  engineering: 'engineering (mechanical, civil, electrical)',
  teaching: 'teaching',
  health: 'health, care and fitness',
  veterinary: 'veterinary medicine',
  library: 'library and archive work',
  'business-analysis': 'business analysis',
  arts: 'the arts',
  finance: 'finance and accounting',
  hospitality: 'hospitality and food service',
  'public-policy': 'public policy and government',
  military: 'the armed forces',
};

const TRACK_PROFESSION: Partial<Record<Track, Profession>> = {
  backend: 'software',
  frontend: 'software',
  fullstack: 'software',
  'data-engineering': 'software',
  'data-science': 'software',
  ml: 'software',
  devops: 'software',
  mobile: 'software',
  security: 'software',
  qa: 'software',
  sre: 'software',
  recruiting: 'recruiting',
  sales: 'sales',
  product: 'product',
  design: 'design',
  operations: 'operations',
  'customer-success': 'customer-success',
  'technical-writing': 'technical-writing',
  research: 'research',
  communications: 'communications',
};

/** Words in a CV that say which profession its owner has practised. */
const CUES: [Profession, RegExp][] = [
  [
    'software',
    /\b(software|developer|programmer|engineer(ing)?|devops|sre|sdet?|swe|full-?stack|front-?end|back-?end|web developer|cto|data scientist|machine learning|entwickler(?:in)?|softwareentwickler(?:in)?|d[ée]veloppeu(?:r|se)|desarrollador(?:a)?|desenvolvedor(?:a)?|sviluppat(?:ore|rice)|programador(?:a)?|programmeur|programmierer(?:in)?|informaticien(?:ne)?|sysadmin|systems? administrator|administrat(?:eur|rice) (?:syst[eè]mes?|r[ée]seaux?)|it technician|technicien(?:ne)? (?:informatique|des sic|syst[eè]mes?|r[ée]seaux?)|técnico informático|fachinformatiker(?:in)?)\b/gi,
  ],
  [
    'research',
    /\b(postdoc(toral)?|research (fellow|associate|scientist)|professor|lecturer|ph\.?d|astrophysic\w*|physicist|cosmolog\w*|laboratory|publications?|(?<!data |computer |software )scientists?|researchers?|botan\w+|agronom\w+|biolog\w+|chemists?|ecolog\w+|chercheu(?:r|se)|forscher(?:in)?|investigador(?:a)?|pesquisador(?:a)?|ricercat(?:ore|rice)|doktorand(?:in)?|doctorant(?:e)?|doctorado|doutorado|wissenschaftlich\w*)\b/gi,
  ],
  [
    'leadership',
    // ("Assistant to the CEO", "reporting to the director": someone else's title.)
    /(?<!\bto (?:the |our )?)\b(ceo|chief executive|co-?founder|founder|president|general manager|vice president|vp|head of|director|chief of staff|coo)\b/gi,
  ],
  ['product', /\b(product manager|product owner|product management)\b/gi],
  ['design', /\b(designer|ux|user experience|interaction design|service design)\b/gi],
  [
    'recruiting',
    /\b(recruiters?|recruiting|recruitment|talent acquisition|human resources?|people operations|hr generalist|hr executive|hr manager|hrms|payroll|employee engagement|joining formalities|recrutement|recrutamento|reclutamiento|reclutamento|ressources humaines|gestion du personnel|gestion de (?:la )?paie|fiches? de paie|recursos humanos|risorse umane|personalreferent(?:in)?|personalwesen)\b/gi,
  ],
  [
    'sales',
    /\b(sales|account executive|business development|quota|dealers?|distributors?|key accounts?|territory|vertrieb\w*|verkauf\w*|ventes?|ventas|vendas|commercial(?:e)?|comercial)\b/gi,
  ],
  [
    'operations',
    /\b(operations manager|procurement|supply chain|logistics|business operations|warehouses?|inventory control|pmo|project coordinator|(?<!product |software |it |technical )project manager|vendor management|dispatch|raid logs?|steering committee|delivery manager|program(?:me)? manager|projektleit\w*|projektmanag\w*|chef(?:fe)? de projet|jefe de proyecto|gerente de projetos?|gestor(?:a)? de proje[ct]tos?|store manager|store operations|program(?:me)? director)\b/gi,
  ],
  [
    // Running an office: assistants, coordinators of paperwork, purchasing and grants clerks.
    'administration',
    /\b(executive assistant|administrative (?:assistant|coordinator|officer)|virtual assistant|personal assistant|office (?:administrator|manager|assistant|coordinator)|grants? administrat\w+|purchasing (?:clerk|assistant|agent)|kaufmännische[rn]? (?:mitarbeiter|angestellte)\w*|sachbearbeiter\w*|receptionist|secretary|adjoint(?:e)? administrati\w+|assistant(?:e)? administrati\w+|secrétaire|asistente administrativ[oa]|auxiliar administrativ[oa])\b/gi,
  ],
  [
    'customer-success',
    /\b(customer success|customer support|customer service|customer care|customer experience|client services|client support|call cent(?:er|re)s?|contact cent(?:er|re)s?|support (?:specialist|engineer|analyst|agent|representative|technician|team lead)|technical support|tech support|service desk|help ?desk|account manager|(?:respond(?:s|ed|ing)? to|answer(?:s|ed|ing)?) (?:customers?|clients?)|customer (?:questions|inquiries|enquiries|queries|tickets|onboarding)|support tickets|content moderation|kundenservice|kundenbetreuung|klantenservice|service client(?:s|èle)?|servicio al cliente|atenci[oó]n al cliente|atendimento ao cliente|assistenza clienti)\b/gi,
  ],
  ['technical-writing', /\b(technical writer|documentation writer|docs writer)\b/gi],
  [
    'communications',
    /\b(communications?|public relations|press (?:releases?|office\w*|relations|secretary|coverage)|media relations|journalis\w+|reporters?|editors?|copywrit\w+|digital strateg\w+|campaigns?|marketing|brand(?:ing)?|advertising|seo|social media|content strateg\w+|kommunikation|redakteur(?:in)?|journalist(?:in|e)?|periodista|jornalista|giornalista|comunicaci[oó]n(?:es)?|comunica[cç](?:[aã]o|ões)|comunicazione|rédact(?:eur|rice)|redactor(?:a)?|redator(?:a)?|community manag\w*|content (?:creator|manager|writer|producer)|generador(?:a)? de contenidos?|creador(?:a)? de contenidos?|creative director|director(?:a)? creativ[oa])\b/gi,
  ],
  [
    'law',
    /\b(attorney|lawyer|(?<!(?:developer|customer|brand|patient|user|community)\s)advocate|counsel|juris doctor|bar association|bar council|law school|paralegal|litigation|ll\.?\s?b\b|ll\.?\s?m\b|(?:high|district|supreme) court|legal (?:research|opinions?|notices?|drafting)|rechtsanw[aä]lt\w*|avocat(?:e)?|abogad[oa]|advogad[oa]|avvocat[oa]|juriste|jurist(?:in)?)/gi,
  ],
  [
    'engineering',
    /\b((?:mechanical|civil|electrical|structural|site|production|maintenance|plant|chemical|hvac|automobile|automotive|manufacturing|process|instrumentation|mining|petroleum|marine|aerospace|industrial|design|service|field|safety|fire|environmental|biomedical|textile|agricultural|power|piping|welding|tooling) engineer(?:ing)?|autocad|solidworks|catia|staad|substations?|machining|cnc|bar bending|quantity survey\w*|commissioning|shop floor|architectural|project architect|revit|m\.\s?arch|riba|planning applications|construction (?:projects?|sites?|management))\b/gi,
  ],
  [
    'teaching',
    /\b(teachers?|teaching|(?:adult |special )?educators?|tutor(?:ing)?|classroom|lesson plan\w*|curriculum|b\.\s?ed\b|pupils|syllabus|lehrer(?:in)?|lehrkraft|enseignant(?:e)?|instituteur|docente|docencia|maestr[oa]|professeur des écoles|profesor(?:a|es|as)?|profesorado|enseñanza|professora|insegnante|leraar|lerares)/gi,
  ],
  [
    'health',
    /\b(fitness|personal train(?:er|ing)|gym|nutrition\w*|dietitian|diet charts?|physiotherap\w*|yoga|nurse|nursing|patient care|patients|wellness|strength and conditioning|pharmac(?:ist|y)|physician|clinical|clinic|hospital|dental|dentist|caregiver|care home|social work(?:er)?|caseworker|safeguarding|midwi\w+|paramedic)\b/gi,
  ],
  [
    // A veterinarian is a licensed profession of its own: a nurse or a physician does not move into it without a new degree.
    'veterinary',
    /\b(veterinar\w*|vétérinaire\w*|veterinari[oa]\w*|tierärzt\w*|tierarzt\w*|\w*tiermedizin\w*|kleintiermediziner\w*|animal hospital|small[- ]animal practice)\b/gi,
  ],
  [
    // Librarians and archivists ("library" alone is also a programmer's word).
    'library',
    /\b(librarians?|librarianship|library (?:science|assistant|technician|services)|mlis|archivists?|cataloging|cataloguing|bibliothécaires?|bibliothekar(?:in)?|bibliotecari[oa]s?|bibliotecári[oa]s?|bibliotheca\w*)\b/gi,
  ],
  [
    'business-analysis',
    /\b(business analysts?|business analysis|requirements? gathering|brds?|frds?|gap analysis|process mapping|requirement traceability)\b/gi,
  ],
  [
    'finance',
    /\b(chartered accountants?|accountants?|accountancy|accounting|auditors?|statutory audits?|tax audits?|taxation|bookkeeping|financial reporting|finance manager|financial analyst|accounts payable|accounts receivable|general ledger|payroll|gestion de (?:la )?paie|lohnbuchhaltung|n[óo]mina|folha de pagamento|buchhalter(?:in)?|buchhaltung|comptab(?:le|ilité)|contador(?:a)?|contabilidad|contabilista|contabilit[aà])\b/gi,
  ],
  [
    'hospitality',
    /\b(chefs?|sous chef|cooks?|kitchen|restaurants?|hotels?|hospitality|barista|bartender|waiter|waitress|catering|front of house|food safety|housekeeping)\b/gi,
  ],
  [
    'public-policy',
    /\b(policy analyst|public policy|policy advis[eo]r|civil servant|civil service|ministry|ministers?|parliament\w*|legislat\w+|government relations|public administration|mpp|mpa)\b/gi,
  ],
  [
    'military',
    /\b(army|navy|air force|marines?|military|soldiers?|platoon|battalion|squadron|veteran|armed forces|sergeant|lieutenant|captain)\b/gi,
  ],
  // Performing and visual arts: dancers, painters, musicians.
  [
    'arts',
    /\b(artists?|painters?|painting|sculpt\w*|dancers?|choreograph\w*|musicians?|fine arts|performing arts|theatre|theater|actors?|actress|bharatanatyam|kathak|odissi|vocalist|singer|instrumentalist)\b/gi,
  ],
];

/** A school's name ("Government College of Engineering") says where someone studied, not what they do. */
const ENGINEERING_SCHOOL =
  /\b(?:(?:college|institute|school|faculty|university|department) of (?:\w+\s+){0,2}engineering|engineering (?:college|institute|school))\b/gi;

/** Engineers of other disciplines: their "engineer" is not a software cue. */
const OTHER_ENGINEERS =
  /\b(?:mechanical|civil|electrical|structural|site|production|maintenance|plant|chemical|hvac|automobile|automotive|manufacturing|process|instrumentation|mining|petroleum|marine|aerospace|industrial|service|field|safety|fire|environmental|biomedical|textile|agricultural|power|piping|welding|tooling|sales|pre-?sales|solutions|customer success) engineer(?:ing|s)?\b/gi;

/** What people of each profession usually bring to another one, when the CV names too little itself. */
const TYPICAL_STRENGTHS: Record<Profession, string[]> = {
  software: ['structured problem solving', 'working with engineers as a peer', 'comfort with technical tools and data'],
  research: ['rigorous analysis of evidence', 'explaining complex work to non-experts', 'writing and presenting', 'managing long projects'],
  leadership: ['decision-making with incomplete information', 'leading people', 'owning outcomes and budgets'],
  product: ['prioritisation', 'user focus', 'working across functions'],
  design: ['user empathy', 'visual and written communication', 'facilitating workshops'],
  recruiting: ['assessing people', 'stakeholder management', 'negotiation'],
  sales: ['persuasion and negotiation', 'relationship building', 'working to targets'],
  operations: ['process improvement', 'organisation and follow-through', 'working with numbers'],
  administration: ['organisation and follow-through', 'handling many requests at once', 'office tools and careful records'],
  'customer-success': ['customer empathy', 'calm handling of escalations', 'explaining products clearly'],
  'technical-writing': ['clear writing', 'learning technical subjects fast', 'working with subject experts'],
  communications: ['writing for an audience', 'stakeholder and media relations', 'campaign planning'],
  law: ['careful reading and argument', 'negotiation', 'risk assessment'],
  engineering: ['technical problem solving', 'working to specifications and safety standards', 'planning and documenting work'],
  teaching: ['explaining things clearly', 'planning and structuring material', 'managing a room'],
  health: ['coaching and motivating people', 'client relationships', 'planning programmes around goals'],
  veterinary: ['clinical judgement under pressure', 'explaining a diagnosis to worried owners', 'careful records and procedures'],
  library: ['organising and describing collections', 'helping people find what they need', 'research support'],
  'business-analysis': ['gathering and writing requirements', 'working between business and engineering', 'process analysis'],
  arts: ['creativity and craft', 'performing and presenting', 'discipline built by practice'],
  finance: ['working with numbers and controls', 'attention to detail', 'knowledge of regulation and reporting'],
  hospitality: ['calm under pressure', 'serving customers well', 'running a team through a busy shift'],
  'public-policy': ['writing briefs for decision-makers', 'stakeholder consultation', 'analysing evidence and regulation'],
  military: ['leading people under pressure', 'planning and logistics', 'discipline and follow-through'],
};

/** Which professions' roles transfer to which others without it being a change of career. */
const TRANSFERS: Record<Profession, Profession[]> = {
  software: ['operations', 'technical-writing', 'product'],
  research: [],
  leadership: ['product', 'operations', 'administration', 'customer-success', 'software'],
  product: ['design', 'operations', 'customer-success', 'communications'],
  design: ['product'],
  recruiting: ['operations', 'administration'],
  sales: ['customer-success', 'operations', 'administration', 'communications'],
  operations: ['administration', 'recruiting', 'customer-success', 'sales', 'product', 'finance'],
  administration: ['operations', 'customer-success', 'recruiting', 'finance'],
  'customer-success': ['sales', 'operations', 'administration'],
  'technical-writing': ['communications'],
  communications: ['sales', 'design', 'technical-writing', 'product'],
  law: ['operations', 'administration'],
  engineering: ['operations'],
  teaching: [],
  health: [],
  veterinary: [],
  library: ['administration'],
  'business-analysis': ['product', 'operations', 'customer-success'],
  arts: ['design', 'communications', 'teaching'],
  finance: ['operations', 'administration', 'business-analysis'],
  hospitality: ['customer-success', 'operations', 'administration'],
  'public-policy': ['operations', 'administration', 'communications', 'business-analysis'],
  military: ['operations', 'administration'],
};

/**
 * An operations role that runs technology (IT support, systems, technical operations, testing): an engineer's next
 * step. Procurement, business operations or a project coordinator's post are another trade for them.
 */
const TECH_OPERATIONS_TITLE =
  /\b(?:tech\w*|IT|systems?|sys-?admin\w*|devops|infra\w*|test\w*|QA|quality assurance|data|platform|engineer\w*|cloud|networks?|security|informati\w*|software)\b/i;
const TECH_CATEGORIES = new Set(['backend', 'frontend', 'mobile', 'language', 'database', 'cloud', 'devops', 'ml', 'security', 'qa']);

/** What a profession's people move into without changing career, for this role: software leads into technical operations only. */
function transfersTo(p: Profession, jd: ParsedJd, cv: ParsedCv, taxonomy: Taxonomy): Profession[] {
  if (p !== 'software') return TRANSFERS[p];
  const technical = jd.must.filter((id) => TECH_CATEGORIES.has(taxonomy.get(id)?.category ?? '')).length;
  const ops = TECH_OPERATIONS_TITLE.test(jd.title) || technical >= 2;
  // An engineer who leads (a lead, a principal, an engineering manager) moves into product management; one who does not changes career.
  // (Read only when it matters: the CV's professions are counted again at a lower share.)
  const leads = () =>
    cv.roles.some((r) => !r.minor && LEAD_TITLE.test(r.title)) ||
    cv.skills.has('product-management') ||
    professionsOfCv(cv, 0.1).some((t) => t === 'leadership' || t === 'product');
  return TRANSFERS[p].filter((t) => (t !== 'operations' || ops) && (t !== 'product' || leads()));
}
const LEAD_TITLE = /\b(?:lead|principal|manager|head|director|architect|cto|vp)\b/i;

/** The profession a CV shows most: cue words in its opening lines weigh double; undefined when it shows none clearly. */
export function professionOfCv(cv: ParsedCv): Profession | undefined {
  return professionsOfCv(cv)[0];
}

/** Every profession the CV shows clearly, strongest first (an engineer who became a director shows both). */
/** A degree in computing: a student of it is heading for software. */
const STUDIES_SOFTWARE =
  /\b(?:b\.?s\.?c?|m\.?s\.?c?|bachelor|master|degree|major|student)\b[^\n]{0,60}\b(?:computer science|computer engineering|software engineering|informatics|informatique|informatica|informática)\b|\b(?:computer science|software engineering|computer engineering)\s+(?:student|major|undergraduate|graduate)\b/i;

/** Teaching computing ("teacher of AP Computer Sciences", "coding instructor"): software work as well as teaching. */
const TEACHES_COMPUTING =
  /\b(?:(?:teachers?|instructors?|lecturers?|tutors?) of (?:ap )?computer sciences?|computer sciences? (?:teachers?|instructors?|lecturers?|tutors?)|(?:coding|programming|bootcamp|web development) (?:instructors?|teachers?|tutors?)|informatiklehrer(?:in)?|professeur d'informatique|profesor(?:a)? de (?:informática|programación)|professor(?:a)? de (?:informática|programação))\b/i;

/** A CV introducing its owner by trade: "I'm a …", "I am an …", "Je suis …", "Ich bin …", "Soy …", "Sou …", "Sono …". */
const SELF_INTRO =
  /(?:^|[.!?]\s+|\n)\s*(?:i['’]m|i am|je suis|ich bin|soy|sou|sono)\s+(?:an?|une?|ein(?:e)?|una?|uma?)\s+((?:[\p{L}-]+[ \t]+){0,3}[\p{L}-]+)/iu;
/** What a self-introduction weighs: as much as the profession's threshold, so a short page that says its trade once has one. */
const SELF_INTRO_WEIGHT = 4;

export function professionsOfCv(cv: ParsedCv, share = 1 / 3): Profession[] {
  const head = cv.text.split('\n').slice(0, 25).join('\n');
  const roles = cv.roles.filter((r) => !r.minor).map((r) => r.line);
  // Only student jobs: a student, whose profession is the one they study for (when the degree says so).
  if (roles.length === 0 && !cv.statedLine && cv.roles.length > 0) return STUDIES_SOFTWARE.test(cv.text) ? ['software'] : [];
  // "I'm a student secondary school teacher", "Je suis infirmière": a short page says its trade once, in its opening.
  const intro = head.match(SELF_INTRO)?.[1];
  const introduced = intro ? titleProfession(intro) : undefined;
  const scores = CUES.map(([p, re]) => {
    // A mechanical or civil engineer's "engineer" says nothing about software.
    const count = (t: string) =>
      ((p === 'software' ? t.replace(OTHER_ENGINEERS, ' ').replace(ENGINEERING_SCHOOL, ' ') : t).match(re) ?? []).length;
    const own = p === introduced ? SELF_INTRO_WEIGHT : 0;
    return [p, own + 2 * count(head) + 3 * count(roles.slice(0, 2).join('\n')) + count(cv.text)] as const;
  }).sort((a, b) => b[1] - a[1]);
  const top = scores[0]?.[1] ?? 0;
  const out = top >= 4 ? scores.filter(([, n]) => n >= 4 && n >= top * share).map(([p]) => p) : [];
  if (out.includes('teaching') && !out.includes('software') && TEACHES_COMPUTING.test(cv.text)) out.push('software');
  return out;
}

/** A role named in a sentence, up to its agent noun: "Virtual Assistant", "adult educator", "registered nurse". */
const ROLE_WORDS = String.raw`((?:[\w-]+\s+){0,3}?[\w-]*(?:er|or|ist|ant|ent|ian|ive|ger|se))`;

/** "Junior full-stack developer with a background in nursing": a summary naming the trade someone has moved into. */
const AIM_PHRASE =
  /\b(?:junior|aspiring|entry[- ]level|self[- ](?:taught|studied)|newly qualified|career[- ]chang(?:er|ing) (?:in)?to(?: an?)?)\s+(?:[\w.+#/-]+\s+){0,3}?(?:developer|development|programmer|(?:software|web|front[- ]?end|back[- ]?end|full[- ]?stack|data|ml|qa|devops|cloud) engineer|(?:ux|ui|product|web|graphic) designer|data (?:scientist|analyst))\b/i;
/** "Seeking to transition from the field of education to pursue work as a Virtual Assistant": the move, in the CV's words. */
const MOVE_TO = new RegExp(
  String.raw`\b(?:transition(?:ing)?|mov(?:e|ing)|switch(?:ing)?|pivot(?:ing)?|chang(?:e|ing) careers?)\b[^.]{0,80}?\b(?:work|career|role|position|job)\s+as\s+an?\s+${ROLE_WORDS}\b` +
    // "I am thrilled to transition into a full-stack engineer role", "pivoting into a career as…" is above.
    String.raw`|\b(?:transition(?:ing)?|mov(?:e|ing)|switch(?:ing)?|pivot(?:ing)?)\s+(?:in)?to\s+(?:an?\s+|the\s+)?${ROLE_WORDS}\s+(?:role|position|career|job)s?\b`,
  'i',
);
/** A structured CV's own headline: JSON Resume's "label", a "headline" field. */
const HEADLINE = /^\s*["']?(?:label|headline)["']?\s*:\s*["']([^"'\n]{3,60})["']/i;
/** Training for a new trade: a coding bootcamp, a full-stack development programme. */
const RETRAINING =
  /\b(?:boot ?camp|coding school|software engineering immersive)\b|\bfull[- ]?stack (?:web )?development\b(?=[^\n]{0,60}(?:certificate|program|course|university|school|academy|20\d\d))|\b(?:lambda school|app academy|ironhack|le wagon|general assembly|hack reactor|flatiron school|turing school|codesmith|launch school|makers academy|coding dojo|hackbright|nucamp)\b/i;
/** A line whose only sign of retraining is the word "bootcamp". */
const BOOTCAMP_ONLY =
  /^(?![\s\S]*\b(?:coding school|software engineering immersive|lambda school|app academy|ironhack|le wagon|general assembly|hack reactor|flatiron|turing school|codesmith|launch school|makers academy|coding dojo|hackbright|nucamp)\b)[\s\S]*\bboot ?camp\b/i;
/** What a coding or design bootcamp teaches, named on its line. */
const TECH_TRAINING =
  /\b(?:cod(?:e|ing)|web|software|develop(?:er|ment)|programming|full[- ]?stack|front[- ]?end|back[- ]?end|data|ux|ui|design|javascript|python|java|react|cyber ?security|devops|cloud|tech|it|computer|mern|mean)\b/i;
/** A line about teaching a bootcamp, not attending one. */
const TEACHES = /\b(?:instructor|mentor(?:ed|ing)?|section lead|teaching|coach|tutor|taught|lecturer)\b/i;
const DATED_ROLE = /\b(?:19|20)\d{2}\s*(?:-|–|—|to)\s*(?:(?:19|20)\d{2}|present|now|current)\b/i;

/**
 * The trade a career changer says they have moved into: a summary line ("junior full-stack developer with a background
 * as a healthcare provider") or a coding bootcamp they attended. Undefined when the CV declares no move.
 */
export function aimOfCv(cv: ParsedCv): Aim | undefined {
  // (The fit asks for it several times per report: read once per CV.)
  if (!aims.has(cv)) aims.set(cv, readAim(cv));
  return aims.get(cv);
}

type Aim = { trade: Profession; declared: boolean };
const aims = new WeakMap<ParsedCv, Aim | undefined>();

function readAim(cv: ParsedCv): Aim | undefined {
  // (The CV's opening lines, not counting blank ones: a page's markup leaves a blank line between every item.)
  const lines = cv.text.split('\n').filter((l) => l.trim());
  const head = lines.slice(0, 30);
  const summary = head.map((l) => l.match(AIM_PHRASE)?.[0]).find((m, i) => m && !DATED_ROLE.test(head[i]));
  if (summary) return { trade: titleProfession(summary) ?? 'software', declared: true };
  const moveMatch = head.join(' ').match(MOVE_TO);
  const move = moveMatch?.[1] ?? moveMatch?.[2];
  const movedTo = move ? titleProfession(move) : undefined;
  if (movedTo && movedTo !== 'leadership') return { trade: movedTo, declared: true };
  const headline = head.map((l) => l.match(HEADLINE)?.[1]).find(Boolean);
  const named = headline ? titleProfession(headline) : undefined;
  if (named && named !== 'leadership') return { trade: named, declared: true };
  // (A bootcamp in another field — "AEC PM Bootcamp", the army's boot camp — is no move into software or design.)
  const training = lines.find((l) => RETRAINING.test(l) && !TEACHES.test(l) && (!BOOTCAMP_ONLY.test(l) || TECH_TRAINING.test(l)));
  if (!training) return undefined;
  return { trade: /\b(?:ux|ui|design)\b/i.test(training) ? 'design' : 'software', declared: false };
}

/** Titles that lead an organisation or a function. */
const LEADERSHIP_TITLE =
  /\b(?:co-?director|director|directrice|directeur|direttore|direktor|head of|chief|vp|vice president|ceo|coo|cto|general manager)\b/i;

const DATA_TRACKS: ReadonlySet<Track> = new Set(['data-science', 'ml', 'research']);

/** The profession the CV's latest role names, when its title names one. */
function currentProfession(cv: ParsedCv): Profession | undefined {
  const latest = cv.roles.filter((r) => !r.minor).reduce<Role | undefined>((a, r) => (!a || r.to > a.to ? r : a), undefined);
  return latest ? roleTrade(latest) : undefined;
}

/** The profession a dated role's title (or, untitled, its line) names. */
function roleTrade(r: Role): Profession | undefined {
  return titleProfession(r.title || r.line);
}

/** The profession a role's own title names ("Technical Support Specialist" → customer success), if it names one. */
function titleProfession(title: string): Profession | undefined {
  // (An electrical engineer's "engineer" is no software cue.)
  const hits = CUES.map(
    ([p, re]) => [p, ((p === 'software' ? title.replace(OTHER_ENGINEERS, ' ') : title).match(re) ?? []).length] as const,
  )
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return hits[0]?.[0];
}

/**
 * Years in the role's own profession, as a recruiter counts "relevant experience": a support specialist who became a
 * developer two years ago has two years as a developer. Roles whose title names another profession that does not
 * usually lead into the role drop out; titles that name none count. Undefined when every dated role counts (or
 * the total is a stated one): then the CV's years stand as they are.
 */
export function relevantYears(jd: ParsedJd, cv: ParsedCv): number | undefined {
  const to = roleProfession(jd);
  if (!to) return undefined;
  const roles = cv.roles.filter((r) => !r.minor);
  const titled = roles.map(roleTrade);
  // Someone who has retrained into the role's trade counts only the roles that name the new one: a restaurant
  // "Manager" of fourteen years is a junior developer.
  const aim = aimOfCv(cv);
  const retrained = retrainedInto(jd, cv);
  const counts = (p: Profession | undefined) =>
    retrained ? p === aim?.trade : !p || p === to || TRANSFERS[p].includes(to) || p === 'leadership';
  const kept = roles.filter((_, i) => counts(titled[i]));
  if (retrained && roles.length > 0 && !cv.statedLine) return Math.min(totalYears(kept), cv.years);
  // A stated total counts the trade it names: "10+ years experience as an adult educator" are a teacher's years, and a
  // bootcamp graduate applying to a developer post has only the dated developer roles (none: no years) of their own.
  if (cv.statedLine) {
    const named = statedTrade(cv.statedLine, retrained);
    return named && !counts(named) ? Math.min(totalYears(kept), cv.years) : undefined;
  }
  if (kept.length === roles.length || kept.length === 0) return undefined;
  const years = totalYears(kept);
  return years < cv.years ? years : undefined;
}

/**
 * The trade a stated total names: only the role it names, "as an adult educator" (a sentence's other words name fields,
 * not the person's trade); for someone who retrained, also where the years were spent ("After 10 years in the customer
 * service industry, I…").
 */
function statedTrade(line: string, retrained: boolean): Profession | undefined {
  const as = line.match(AS_A_ROLE)?.[1];
  const spent = retrained ? line.match(YEARS_SPENT_IN)?.[1] : undefined;
  return as ? titleProfession(as) : spent ? titleProfession(spent) : undefined;
}

/**
 * True when the CV has retrained into the role's trade (a bootcamp, "transitioning into a developer role") and declares
 * the move or shows an earlier trade of its own. (Without another trade shown, an untitled "Analyst" or "Consultant"
 * may be the same work.)
 */
export function retrainedInto(jd: ParsedJd, cv: ParsedCv): boolean {
  const aim = retrainedAim(cv);
  return aim !== undefined && roleProfessions(jd).has(aim.trade);
}

/** The trade a CV has retrained into, when it declares the move or shows an earlier trade of its own (retrainedInto). */
function retrainedAim(cv: ParsedCv): Aim | undefined {
  const aim = aimOfCv(cv);
  if (!aim) return undefined;
  const other = (p: Profession | undefined) => p !== undefined && p !== aim.trade && p !== 'leadership';
  const spent = cv.statedLine?.match(YEARS_SPENT_IN)?.[1];
  return aim.declared || cv.roles.some((r) => !r.minor && other(roleTrade(r))) || (spent !== undefined && other(titleProfession(spent)))
    ? aim
    : undefined;
}

/**
 * The years of a CV that has retrained in the trade it moved into (its dated roles whose titles name that trade):
 * a bartender of eleven years who finished a bootcamp is a junior developer. Undefined when the CV has not retrained,
 * states a total or dates no role, or (given an ad) when the role is in a trade its earlier jobs name.
 */
export function newTradeYears(cv: ParsedCv, jd?: ParsedJd): number | undefined {
  const aim = retrainedAim(cv);
  const roles = cv.roles.filter((r) => !r.minor);
  if (!aim || roles.length === 0) return undefined;
  // A stated total counts only when it names the old trade ("over 11 years of experience in the hospitality industry").
  if (cv.statedLine) {
    const trade = statedTrade(cv.statedLine, true);
    if (!trade || trade === aim.trade) return undefined;
  }
  // (A role in a trade the CV's earlier jobs name, or one they usually lead into, counts those jobs: a teacher who learnt
  // to code, applying to teach; a bartender applying to a customer-service desk.)
  const to = jd ? roleProfession(jd) : undefined;
  const earlier = (p: Profession | undefined) =>
    p !== undefined && p !== aim.trade && (p === to || (to !== undefined && TRANSFERS[p].includes(to)));
  if (roles.some((r) => earlier(roleTrade(r)))) return undefined;
  return Math.min(totalYears(roles.filter((r) => roleTrade(r) === aim.trade)), cv.years);
}

export interface CareerChange {
  from: Profession;
  to: Profession;
  /** What carries over: skills the CV shows that the role asks for or values, by name. */
  transfers: string[];
  /** The CV showed the role's trade before its move (a salesperson turned developer applying to sales): a way back. */
  earlier?: boolean;
}

/** "10 years in the customer service industry": the field a stated span was spent in, up to the clause's end. */
const YEARS_SPENT_IN = /\b(?:years?|yrs)\s+(?:of\s+\w+\s+)?(?:in|within|across)\s+([^.,;:]{3,60})/i;

/** "as an adult educator", "as a registered nurse": the role a sentence names. */
const AS_A_ROLE = new RegExp(String.raw`\bas an?\s+${ROLE_WORDS}\b`, 'i');

/** A finance role's title: operations ads include the finance team's, and finance is a trade of its own. */
const FINANCE_TITLE =
  /\b(?:financ\w*|accountants?|accounting|bookkeep\w*|controller|treasurer|comptab\w*|contr[ôo]leu\w* de gestion|buchhalt\w*|controlling|contador\w*|contabil\w*|financeir\w*|finanzi\w*|payroll)\b/i;

/** An administration role's title. */
const ADMIN_TITLE =
  /\b(?:admin(?:istrat\w*)?|office (?:manager|assistant|coordinator)|assistant|\w*assistenz|assistente|secretar\w*|secrétaire|receptionist|procurement|purchasing|einkauf|grants?|clerk|sachbearbeit\w*|kaufmännisch\w*|back-?office|innendienst)\b/i;

/** An analyst of fraud, abuse or money laundering. */
const RISK_TITLE = /\b(?:fraud|trust (?:and|&) safety|anti-?money laundering|aml|kyc)\b/i;

/** The trained track model's probability from which its track names the role's trade (chosen on the dev pairs). */
const MODEL_TRACK_TRADE = 0.3;

/** The role's own trade: a finance title's, else its track's. */
function roleProfession(jd: ParsedJd): Profession | undefined {
  // Fraud and trust-and-safety analysts investigate cases: risk operations, not engineering, whatever their track.
  if (RISK_TITLE.test(jd.title)) return 'operations';
  // (A track only the trained model read, where the title and skills name none, is a guess good enough to pick questions
  // by; it names the role's trade for a career change only when the model is fairly sure of it, and after what the
  // title and the requirements name. Every model track turned seven same-trade dev pairs into changes; from a
  // probability of 0.3 up, none.)
  const modelled = jd.trackFrom === 'model';
  const ruled = modelled ? undefined : TRACK_PROFESSION[jd.track];
  const guessed = modelled && (jd.trackConfidence ?? 0) >= MODEL_TRACK_TRADE ? TRACK_PROFESSION[jd.track] : undefined;
  const to = ruled ?? guessed;
  if ((to === 'operations' || !to) && FINANCE_TITLE.test(jd.title)) return 'finance';
  // An office's paperwork (an administrative coordinator, a grant administrator, a purchasing clerk) is a trade of its own.
  // ("Assistant Director" or "Associate Director" leads: no office assistant.)
  if ((to === 'operations' || !to) && ADMIN_TITLE.test(jd.title) && !LEADERSHIP_TITLE.test(jd.title)) return 'administration';
  if (ruled) return ruled;
  // An ad the bank has no track for may still name its trade in the title ("Kleintiermediziner": a veterinarian).
  const named = titleProfession(jd.title);
  if (named && named !== 'leadership') return named;
  // Else the trade its requirements name most, two of them at least ("customer support, CRM and onboarding").
  const votes = new Map<Profession, number>();
  for (const id of jd.must) {
    const p = SKILL_PROFESSION[id];
    if (p) votes.set(p, (votes.get(p) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1]);
  return best && best[1] >= 2 ? best[0] : guessed;
}

/** Business skills that belong to one trade: an ad on no track is that trade's when its requirements name them. */
export const SKILL_PROFESSION: Partial<Record<string, Profession>> = Object.fromEntries(
  (
    [
      [
        'sales',
        'sales business-development account-management renewals upselling quota-attainment cold-calling prospecting sales-methodologies',
      ],
      [
        'customer-success',
        'customer-success customer-onboarding churn-reduction customer-support customer-health-scoring gainsight intercom nps',
      ],
      ['communications', 'marketing content-marketing paid-acquisition'],
      [
        'recruiting',
        'recruiting applicant-tracking-systems greenhouse lever candidate-sourcing employer-branding human-resources hris employee-onboarding performance-management compensation-and-benefits',
      ],
      ['finance', 'budgeting forecasting financial-modeling accounting financial-reporting payroll'],
      ['operations', 'business-operations process-improvement supply-chain procurement contract-management'],
      ['product', 'product-management product-sense roadmapping product-discovery backlog-management'],
      [
        'design',
        'ux-design ui-design interaction-design wireframing prototyping service-design content-design information-architecture user-centred-design',
      ],
    ] as [Profession, string][]
  ).flatMap(([p, ids]) => ids.split(' ').map((id) => [id, p])),
);

/** The cue words as one-shot tests (CUES are global, for counting), for the trades a two-part title may name. */
const TITLE_CUES: [Profession, RegExp][] = CUES.filter(([p]) => p !== 'leadership' && p !== 'software').map(([p, re]) => [
  p,
  new RegExp(re.source, 'i'),
]);

/** A salesperson's title that holds an engineering word. */
const BUSINESS_DEVELOPER = /\b(?:business|biz|market|partner(?:ship)?s?)[ -]?dev(?:eloper|elopment)?\b/gi;

/** The professions that are the role's own: its track's, software for a developer or engineer title, leadership for one that leads. */
function roleProfessions(jd: ParsedJd): Set<Profession> {
  const to = roleProfession(jd);
  // "Interaction Designer/Front-End Developer": a hybrid title is also an engineering role.
  const targets = new Set<Profession>(to ? [to] : []);
  // (A "Business Developer" sells: no engineering role.)
  if (/developer|engineer|développeu|sviluppat|entwickler|desarrollador|desenvolvedor/i.test(jd.title.replace(BUSINESS_DEVELOPER, ' ')))
    targets.add('software');
  // "Co-director", "Head of Operations": leading an organisation is also the role's own trade.
  if (LEADERSHIP_TITLE.test(jd.title)) targets.add('leadership');
  // "Bookkeeper/Payroll Specialist": every trade a two-part title names is the role's own (payroll is HR work too).
  if (/[/&+]|\band\b|\bund\b|\bet\b|\be\b|\by\b/i.test(jd.title)) for (const [p, re] of TITLE_CUES) if (re.test(jd.title)) targets.add(p);
  return targets;
}

/**
 * How plainly the CV is already in the role's profession: its main trade ('own'), a trade it shows beside its main
 * one ('side'), or neither ('other': it shows another trade that leads into the role, or none clearly).
 */
export function professionShown(jd: ParsedJd, cv: ParsedCv): { kind: 'own' | 'side' | 'other'; main?: Profession } {
  const targets = roleProfessions(jd);
  const all = professionsOfCv(cv);
  const main = all[0];
  if (main && targets.has(main)) return { kind: 'own', main };
  // A trade the CV says it has moved into is beside its main one ("junior developer with a background in nursing").
  const aim = aimOfCv(cv);
  const moved = aim?.declared && targets.has(aim.trade);
  return { kind: moved || all.some((p) => targets.has(p)) ? 'side' : 'other', main };
}

/**
 * A different profession, as a recruiter would call it: the CV's profession is not the role's, does not
 * usually lead into it, and the CV shows too little of the role's own hard skills to be read as already in it.
 */
export function careerChangeOf(jd: ParsedJd, cv: ParsedCv, taxonomy: Taxonomy): CareerChange | undefined {
  const to = roleProfession(jd);
  // A side profession counts as the role's own only when the CV shows it at least half as much as its main one
  // (a political scientist who studies campaigns is not in communications).
  const trades = professionsOfCv(cv, 1 / 2);
  const targets = roleProfessions(jd);
  // Someone who has moved into a new trade (a bootcamp, "junior developer with a background in nursing") is in it now:
  // a role in that trade is their next step, a role in the trade they left is a change again.
  const aim = aimOfCv(cv);
  // (A bootcamp alone says less than the CV's own headline: it counts only when it names another trade than the main one.)
  const moved = aim !== undefined && (aim.declared || aim.trade !== trades[0]);
  const all = moved ? [aim.trade] : trades;
  const from = all[0];
  // Any profession the CV shows may be the role's own (an engineer turned director applying to lead); only the
  // main one says where a person usually moves next (a researcher's side leadership does not make ops their trade).
  // Where they are now counts as much as what they did most: a lawyer who now leads engineers moves on from leadership.
  const movesFrom = [from, moved ? undefined : currentProfession(cv)].filter((p): p is Profession => Boolean(p));
  // Leading is done within a trade: a communications VP who leads shows leadership even as a side profession.
  const leads = targets.has('leadership') && professionsOfCv(cv).includes('leadership');
  // Software beside another main trade is the role's own only when a job's title names it or the CV teaches computing:
  // a technical writer who documents software or a project manager of software projects writes its words, not its code.
  // (A researcher's side software is their own: research code. Chosen on the dev pairs: fit Spearman 0.6727 → 0.6758.)
  const titled = new Set(cv.roles.filter((r) => !r.minor).map(roleTrade));
  const ownSide = (p: Profession, i: number) =>
    i === 0 || moved || p !== 'software' || titled.has(p) || all[0] === 'research' || TEACHES_COMPUTING.test(cv.text);
  if (
    !to ||
    !from ||
    leads ||
    all.some((p, i) => targets.has(p) && ownSide(p, i)) ||
    movesFrom.some((p) => targets.has(p) || transfersTo(p, jd, cv, taxonomy).some((t) => targets.has(t)))
  )
    return undefined;
  // Quantitative research leads into data science and ML; it is not a change of career there.
  if (from === 'research' && DATA_TRACKS.has(jd.track)) return undefined;
  // Showing most of the role's hard skills already puts someone in it, whatever they called themselves.
  // "Market research, BI, analytics or similar": a list of alternatives is one requirement, met by any of them.
  const groups = jd.alternatives ?? [];
  // (An ad whose requirements name no hard skill is judged on the ones it asks for as a plus or names anywhere.)
  const hard = (id: string) => taxonomy.get(id)?.category !== 'behavioural';
  const asked = jd.must.length ? jd.must : [...new Set([...jd.nice, ...jd.mentioned])].filter(hard);
  const units = [...groups, ...asked.filter((id) => !groups.some((g) => g.includes(id))).map((id) => [id])];
  const shown = units.filter((u) => u.some((id) => cv.skills.has(id)));
  if (shown.length >= 2 && shown.length >= 0.6 * units.length) return undefined;
  const shownTransfers = [
    ...[...jd.must, ...jd.nice, ...jd.soft].filter((id) => cv.skills.has(id)),
    ...[...cv.skills.values()].filter((e) => taxonomy.get(e.id)?.category === 'behavioural' && e.strength !== 'listed').map((e) => e.id),
  ];
  const named = [...new Set(shownTransfers)].slice(0, 6).map((id) => taxonomy.name(id));
  // Too little named in the CV: say what this profession's people usually bring.
  const transfers = named.length >= 2 ? named : [...named, ...TYPICAL_STRENGTHS[from]].slice(0, 4);
  return moved && trades.some((p) => targets.has(p)) ? { from, to, transfers, earlier: true } : { from, to, transfers };
}
