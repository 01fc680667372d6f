// The track a job ad belongs to: its title's words first, then the categories of the skills it asks for, and where
// neither names one (a title such as "Careers" or "People", an ad asking only business skills) a small trained model
// over the words of its headings and the kinds of skills it names (data/models/jd-track.json, from the dev ads' labels).
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { Track } from '../bank/schema.ts';
import type { Taxonomy } from '../skills/taxonomy.ts';
import { HIRING_ANNOUNCEMENT } from './jd-title.ts';
import { argmax, checkModelRows, modelLoader, softmax } from './linear-model.ts';

/** Title words → track, most specific first (an "SRE developer" is SRE, a "Customer Engineer" customer success). */
export const TITLE_TRACKS: [RegExp, Track][] = [
  [
    /\bsre\b|site reliability|\bifs\b|platform engineer|infrastructure|production engineer|\bplatform\b.*\b(developer|engineer)|distribution|release engineer|web ?op(?:eration)?s\b/i,
    'sre',
  ],
  [
    /recruit|recrut|talent|people (ops|operations|partner|and culture|& culture|manager|lead)|\bhr\b|\brh\b|\brrhh\b|human resources|human capital|onboarding|teammate success|personnel|risorse umane|ressources humaines|recursos humanos|reclutamento|selezione del personale|selección de personal|personal(referent|wesen|entwickl|sachbearbeit|leit|abteilung|marketing)|employer branding|sourcer\b|headhunt/i,
    'recruiting',
  ],
  [
    /account executive|\bsales\b|business develop(?:ment|er)|\bbiz ?dev\b|partnerships|account manager|key account|\b[sb]dr\b|customer relations(?:hip)? manager|commercial|comercial|vendite|ventes|vertrieb|verkäufer|verkauf|verkoop|verkoper|klantzoeker|acquisiteur|accountmanager|ventas|vendas|vendedor|venditore|vendeu[rs]e?|fundrais|spendenmarketing|recaudaci[oó]n de fondos|collecte de fonds|captação de recursos|raccolta fondi/i,
    'sales',
  ],
  // Developer relations speak for a product to developers: communications work, whatever the code in their demos.
  [/developer relation|\bdevrel\b|developer advocate|developer evangelist/i, 'communications'],
  // A security operations centre is security work, whatever its "operations".
  [/security operations|\bsecops\b|\bsoc (?:analyst|engineer)\b/i, 'security'],
  // IT support and system managers keep an organisation's machines running: operations, not customer success.
  [
    /\bit (?:support|manager|officer|technician|specialist|administrator)\b|\bsupport it\b|\bsystems? manager\b|\bservice desk\b/i,
    'operations',
  ],
  [
    /customer (engineer|success|support|service|care|experience|operations)|\b(?:user|customer|client) advocate\b|\bsupport\b|solutions engineer|client (success|services?|care)|assistance|help ?desk|kundenservice|kundenbetreuung|kundendienst|kundensupport|klantenservice|klantenondersteuning|klantcontact|service client|relation client|servizio clienti|assistenza clienti|atendimento|atendente|atención al cliente|servicio al cliente|soporte|suporte|supporto/i,
    'customer-success',
  ],
  [
    /technical writer|documentation|tech writer|rédacteur technique|technische[rn]? redakt|redattore tecnico|redactor técnico|technical content|content specialist/i,
    'technical-writing',
  ],
  // "Product and Community Lead": a title that opens with the product is a product role (not product marketing or design).
  [
    /^(?:(?:senior|lead|principal|head of)\s+)?product\b(?!\s+(?:marketing|design|designer|engineer|engineering|developer|analyst|support|specialist))/i,
    'product',
  ],
  // Research software engineers build software for researchers: an engineering title, whatever the data they handle.
  [/research software (?:engineer|developer|development)/i, 'backend'],
  [
    /product (manager|lead)|product ?owner|\bpm\b|gestionnaire (principal )?de produit|chef(?:fe)? de produit|responsabile (di )?prodotto|produkt(?:manager|owner|verantwortlich)|(?:gerente|dono|propietario) de(?:l)? produ(?:to|cto)/i,
    'product',
  ],
  [
    /design(er)?\b|\bux\b|user research|concepteur|conceptrice|designer|diseñador|diseñadora|gestalter|graphiste|grafiker|gráfic[oa]|grafic[oa]|illustrat|art director|directeur artistique|direttore artistico|diretor de arte|director de arte/i,
    'design',
  ],
  [/data (scien|analyst|visuali[sz])|analytics|statistician|business intelligence|\bbi (analyst|developer)\b/i, 'data-science'],
  [/fraud|trust (and|&) safety|security analyst/i, 'security'],
  // ("Community Researcher": the research is the trade, the community its subject.)
  // (An ML researcher is on the ML track, further down.)
  [
    /^(?!.*\b(?:machine learning|ml|ai|deep learning|nlp|computer vision)\b).*(?:research scientist|researcher|ricercat|chercheu|forscher|investigador)/i,
    'research',
  ],
  [
    /communications?|kommunikation|comunica(?:ci[oó]n|ç[ãa]o|zione|dor)|communicatie|public relations|öffentlichkeitsarbeit|press(?:e|esprecher| officer| secretary)\b|\bpr\b|content (?:strateg|manager|creator|producer|develop|coordinator|lead|editor|writer|market)|marketing|mercadeo|\bbrand\b|social media|\bm[ií]dia\b|communit(?:y|ies)|communaut|comunidad|comunità|gemeenschap|\bwriter\b|\beditor\b|redakt|rédact|redact(?:eur|or|ora)|redattor|journalis|giornalist|periodista|jornalista|reporter|storytell|newsletter|\bseo\b|outreach|advocacy|campaign|engagement (?:manager|coordinator|officer|lead|specialist)|copywrit/i,
    'communications',
  ],
  [
    /operations|procurement|\bops\b|acquisti|appalti|approvisionnement|opérations|(?<!\b(?:test|testing|qa|quality assurance|quality|development|software|programmer) )analyst(?! programmer)|administrative|office manager|executive assistant|kaufmännische[rn]? (?:mitarbeiter|angestellte)|sachbearbeiter|\bassist(?:ant|ante|enz|ente)\b|bookkeep|accountant|comptable|contable|contabilista|ragioniere|buchhalter|boekhouder|grants? (?:administrator|manager|officer|coordinator)|(?<!systems? |database |network |web )administrator|financ(?:e|ial|iero|eiro|ier)|controller|controlling|treasury|contabil|buchhalt|boekhoud|comptab|payroll|program(?:me)? (?:manager|coordinator|lead|officer)|project (?:manager|coordinator|officer)|delivery (?:manager|lead)|chef(?:fe)? de projet|projektleit|projektmanag|gestor de proyectos|jefe de proyecto|gerente de projetos|co-?director|executive director|chief of staff|bras droit|right[- ]hand (?:to|of)|mano derecha|braço direito|braccio destro/i,
    'operations',
  ],
  // Running an organisation's day to day, in words that also name software work ("Logistics Software Engineer"): only
  // when the title names no engineering.
  [
    /^(?!.*(?:engineer|develop|programm|entwickl|développ|desarroll|desenvolv|sviluppat|ingénieur|ingenier|ingegner)).*(?:chief operating|\bcoo\b|general manager|managing director|geschäftsführ|directeur général|direttore generale|director general|coordinat(?:or|rice|eur|ore|ora|ador|adora)|koordinat|secretar|sekretär|receptionist|réceptionniste|recepcionista|\bclerk\b|logisti|supply chain|warehouse|facilit(?:y|ies) (?:manager|coordinator)|event (?:manager|coordinator|planner)|administrati(?:f|ve|vo|va)|amministrativ|verwaltung|chargée? de mission|asistente|assistente|assistent(?:in)?\b)/i,
    'operations',
  ],
  [/full[- ]?stack/i, 'fullstack'],
  [/front[- ]?end|frontaux|\bui\b|web developer|react developer/i, 'frontend'],
  [/\b(ios|android|mobile)\b/i, 'mobile'],
  [/machine learning|\bml\b|\bai\b|deep learning|nlp|computer vision/i, 'ml'],
  [/data engineer|analytics engineer|etl|data platform/i, 'data-engineering'],
  [/data scien|data analyst|analytics|statistician|quantitative/i, 'data-science'],
  // "Distributed Systems Engineer" builds services, not machines: back end, before the devops "systems engineer".
  [/distributed systems?|back[- ]?end systems?/i, 'backend'],
  [/devops|cloud|systems engineer|sysadmin|systems administrator/i, 'devops'],
  [/security|appsec|penetration|soc analyst|infosec|sécurité|sicurezza/i, 'security'],
  [/\bqa\b|quality|\btest|sdet/i, 'qa'],
  [/back[- ]?end|\bapi\b|server|payments engineer|golang|java developer|python developer/i, 'backend'],
];

/** A generic engineering title ("Software Engineer - Distribution"): its skills decide the track. */
const GENERIC_ENGINEER =
  /software (engineer|developer)|tech(nical)? lead|programmer|developer|développeu|sviluppat|entwickler|desarrollador|desenvolvedor|engineer/i;

/** Languages of a web page's side and of a server's side (the taxonomy files both under "language"). */
const WEB_FRONT = new Set(['javascript', 'typescript', 'html', 'css', 'sass']);
const WEB_SERVER = new Set(['python', 'ruby', 'php', 'java', 'go', 'csharp', 'elixir', 'scala']);

const CATEGORY_TRACK: Record<string, Track> = {
  backend: 'backend',
  database: 'backend',
  language: 'backend',
  frontend: 'frontend',
  data: 'data-engineering',
  ml: 'ml',
  // (An ad that asks for infrastructure tools without an SRE title is a DevOps post: reliability is a title's word.)
  cloud: 'devops',
  devops: 'devops',
  mobile: 'mobile',
  security: 'security',
  qa: 'qa',
};

/** The track a role belongs to: its title first, else the categories of what it requires. */
export function detectTrack(heading: string, skills: string[], taxonomy: Taxonomy): Track {
  const title = heading.replace(HIRING_ANNOUNCEMENT, ' ');
  const votes = new Map<Track, number>();
  for (const id of skills) {
    const cat = taxonomy.get(id)?.category;
    const t = WEB_FRONT.has(id) ? 'frontend' : cat ? CATEGORY_TRACK[cat] : undefined;
    if (t) votes.set(t, (votes.get(t) ?? 0) + 1);
  }
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
  for (const [re, track] of TITLE_TRACKS) {
    if (!re.test(title)) continue;
    // "Server Engineer" over Terraform, Kubernetes and AWS: the stack makes it a DevOps post.
    // (A title that says back end, "Backend Engineer", keeps its own track whatever the stack.)
    if (track === 'backend' && best?.[0] === 'devops' && best[1] >= 3 && !/back[- ]?end/i.test(title)) return 'devops';
    return track;
  }
  // "Developer" asking for Ruby and JavaScript, or PHP with HTML and CSS: both sides of a web application.
  const bothSides =
    skills.some((id) => WEB_FRONT.has(id) || (taxonomy.get(id)?.category === 'frontend' && id !== 'accessibility')) &&
    skills.some((id) => WEB_SERVER.has(id) || taxonomy.get(id)?.category === 'backend');
  const web = !best || best[0] === 'backend' || best[0] === 'frontend';
  if (GENERIC_ENGINEER.test(title)) {
    // A developer whose ad asks as much of the web stack as of Docker, Kubernetes and a cloud builds the product: the
    // tools that ship it do not make the post an infrastructure one.
    const webVotes = (votes.get('backend') ?? 0) + (votes.get('frontend') ?? 0);
    const shipsOnly = best?.[0] === 'devops' && webVotes >= best[1];
    if (!web && best && best[1] >= 3 && !shipsOnly) return best[0];
    if (bothSides) return 'fullstack';
    return best && best[1] >= 3 && best[0] === 'frontend' ? 'frontend' : 'backend';
  }
  if (!best || best[1] < 2) return 'general';
  return web && bothSides ? 'fullstack' : best[0];
}

/** The first track a line's words name, by the title rules ("Customer Success Manager": customer-success). */
function trackNamed(line: string): Track | undefined {
  const words = line.replace(HIRING_ANNOUNCEMENT, ' ');
  return TITLE_TRACKS.find(([re]) => re.test(words))?.[1];
}

/** A line short enough to be a heading or a title ("## Customer Success Manager", "**People Partner**"). */
const HEADING_CHARS = 70;
/** The lines that open an ad, where its own name for the job usually stands. */
const TOP_LINES = 15;

/**
 * What the track model reads in an ad, as feature → value: the track its title names; the tracks its short lines
 * (headings, titles) name, all of them and those near the top; the categories of its required skills and, at half
 * weight, of every skill it mentions. Values are log(1 + count).
 */
export function trackFeatures(
  title: string,
  text: string,
  must: readonly string[],
  mentioned: readonly string[],
  taxonomy: Taxonomy,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (f: string, by = 1) => counts.set(f, (counts.get(f) ?? 0) + by);
  const fromTitle = trackNamed(title);
  if (fromTitle) add(`title:${fromTitle}`);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  lines.forEach((line, i) => {
    const plain = line.replace(/^#+\s*|\*\*/g, '');
    if (plain.length > HEADING_CHARS) return;
    const t = trackNamed(plain);
    if (!t) return;
    add(`head:${t}`);
    if (i < TOP_LINES) add(`top:${t}`);
  });
  for (const id of must) add(`mcat:${taxonomy.get(id)?.category ?? 'none'}`);
  for (const id of mentioned) add(`ncat:${taxonomy.get(id)?.category ?? 'none'}`, 0.5);
  const out = new Map<string, number>([['bias', 1]]);
  for (const [f, n] of counts) out.set(f, Math.log1p(n));
  return out;
}

/** A trained multinomial logistic regression over track features (data/models/jd-track.json). */
export const TrackModel = z
  .object({
    kind: z.literal('jd-track'),
    version: z.number().int().positive(),
    trainedOn: z.string(),
    classes: z.array(Track).min(2),
    /** [feature, weight per class]. */
    rows: z.array(z.tuple([z.string().min(1)]).rest(z.number().finite())),
  })
  .strict()
  .superRefine((m, ctx) => checkModelRows(m, ctx, () => m.classes.length, 'a row needs one weight per class'));
export type TrackModel = z.infer<typeof TrackModel>;

export const TRACK_MODEL_FILE = fileURLToPath(new URL('../../../data/models/jd-track.json', import.meta.url));

export interface TrackClassifier {
  classes: Track[];
  rows: Map<string, number[]>;
}

export function trackClassifierOf(m: TrackModel): TrackClassifier {
  return { classes: m.classes, rows: new Map(m.rows.map(([f, ...w]) => [f, w])) };
}

/** The most likely track and its probability. */
export function classifyTrack(c: TrackClassifier, features: Map<string, number>): { track: Track; p: number } {
  const z = new Array<number>(c.classes.length).fill(0);
  for (const [f, x] of features) {
    const row = c.rows.get(f);
    if (row) for (let k = 0; k < z.length; k++) z[k] += row[k] * x;
  }
  const p = softmax(z);
  const best = argmax(p);
  return { track: c.classes[best], p: p[best] };
}

/** The committed model (validated), or null when the file is missing or invalid: the rules alone then decide. */
export const trackClassifier: (file?: string) => TrackClassifier | null = modelLoader(TRACK_MODEL_FILE, (json) =>
  trackClassifierOf(TrackModel.parse(json)),
);

/** How an ad's track was read: its title, the skills it asks for, the trained model, or nothing (general). */
export type TrackSource = 'title' | 'skills' | 'model' | 'none';

/**
 * The role's track: the rules (title, then skills); where they find none, the model's reading of the whole ad.
 * ("Careers" over a customer-success manager's ad, "People" over an HR partner's: the headings say what the title does not.)
 * `p` is the model's probability for the track it read.
 */
export function readTrack(
  title: string,
  text: string,
  must: readonly string[],
  mentioned: readonly string[],
  taxonomy: Taxonomy,
  model: TrackClassifier | null,
): { track: Track; from: TrackSource; p?: number } {
  const ruled = detectTrack(title, must.length ? [...must] : [...mentioned], taxonomy);
  if (ruled !== 'general') return { track: ruled, from: trackNamed(title) ? 'title' : 'skills' };
  if (!model) return { track: 'general', from: 'none' };
  const read = classifyTrack(model, trackFeatures(title, text, must, mentioned, taxonomy));
  return read.track === 'general' ? { track: 'general', from: 'none' } : { track: read.track, from: 'model', p: read.p };
}

/** Problems with the model file (npm run check-data): unreadable, off-schema, without the general class. */
export function checkTrackModel(file = TRACK_MODEL_FILE): { problems: string[]; features: number; kb: number } {
  try {
    const m = TrackModel.parse(JSON.parse(readFileSync(file, 'utf8')));
    const problems = m.classes.includes('general') ? [] : [`${file}: no 'general' class`];
    return { problems, features: m.rows.length, kb: Math.round(statSync(file).size / 1024) };
  } catch (e) {
    return { problems: [`${file}: ${(e as Error).message.split('\n')[0]} (npm run train-jd-track)`], features: 0, kb: 0 };
  }
}
