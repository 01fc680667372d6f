import { readDataDir } from '../data-files.ts';
import { analyse, type Piece, type Token, tokenize, tokenizeEach } from '../nlp/wink.ts';
import { type SkillEntry, SkillFile } from './schema.ts';

/** A match of a taxonomy skill in a text. */
export interface SkillHit {
  id: string;
  /** Index of the first matched token. */
  start: number;
  end: number;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Skills whose spelling ends here, and whether that spelling is case-sensitive. */
  skills: { id: string; exact: boolean }[];
}

/** Words that, next to an ambiguous name ("Go", "Spark"), show it is the technology. */
const LIST_NEIGHBOURS = new Set([',', '/', '(', ')', ':', ';', '&', '|', '+', 'and', 'or', 'in', 'with', 'using', 'of', 'on']);

/**
 * Ordinary words of other languages that are also skill names (French "chef", "vue"; Italian "scala",
 * "rete"; Spanish/Portuguese "go"…). In an ad written in that language they only count as the skill
 * when written in the skill's own case and not at the start of a sentence.
 */
const FALSE_FRIENDS: Record<string, Set<string>> = {
  // (And the other way round: French "surveillance" is monitoring; in English it is what privacy work fights.)
  en: new Set(['surveillance']),
  fr: new Set([
    'chef',
    'vue',
    'express',
    'rust',
    'spring',
    'ember',
    'puppet',
    'go',
    'salt',
    'flutter',
    'swift',
    'dart',
    'make',
    'jest',
    'r',
  ]),
  it: new Set(['scala', 'go', 'chef', 'spring', 'express', 'ember', 'rust', 'salt', 'make', 'swift', 'dart', 'r']),
  es: new Set(['go', 'chef', 'express', 'spring', 'ember', 'salt', 'make', 'swift', 'dart', 'r']),
  pt: new Set(['go', 'chef', 'express', 'spring', 'ember', 'salt', 'make', 'swift', 'dart', 'r']),
  de: new Set(['go', 'chef', 'express', 'spring', 'ember', 'salt', 'make', 'swift', 'dart', 'r']),
};

/** Words that never start or end a name written in two parts. */
const JOIN_STOPWORDS = new Set([
  'in',
  'on',
  'at',
  'to',
  'of',
  'for',
  'and',
  'or',
  'the',
  'a',
  'an',
  'is',
  'as',
  'be',
  'by',
  'with',
  'from',
  'into',
  'it',
  'we',
  'our',
  'your',
  'de',
  'en',
  'la',
  'le',
  'et',
  'und',
  'im',
]);

/** A spelling reduced to its letters and digits: "Tensor-Flow", "tensor flow" → "tensorflow". */
function compactOf(s: string): string {
  return s.toLowerCase().replace(/[\s.\-_]/g, '');
}

/** Ambiguous names that are too common as ordinary English words to trust in lower case, whatever the sentence. */
const NEVER_CONTEXTUAL = new Set([
  'express',
  'spring',
  'swift',
  'rust',
  'chef',
  'puppet',
  'salt',
  'make',
  'dart',
  'flutter',
  'ember',
  'jest',
  'mocha',
  'spark',
  'flask',
  'next',
  'nuxt',
  'gatsby',
  'remix',
  'elixir',
  'crystal',
  'julia',
  'pandas',
  'keras',
  'looker',
  'tableau',
  'docker',
  'kafka',
  'solid',
  'unity',
  'excel',
  'word',
  'teams',
  'slack',
  'notion',
  'jira',
  'linear',
  'figma',
  'sketch',
  'react',
  'angular',
  'vue',
  'svelte',
  'ionic',
  'deno',
  'bun',
  'node',
  'scala',
  'kotlin',
  'ruby',
  'perl',
  'lua',
  'haskell',
  'clojure',
  'elm',
  'ocaml',
  'prolog',
  'fortran',
  'cobol',
  'pascal',
  'delphi',
  'assembly',
  'bash',
  'shell',
  'terraform',
  'vagrant',
  'consul',
  'vault',
  'nomad',
  'packer',
  'intercom',
  'greenhouse',
  'lever',
  'workday',
  'segment',
  'stata',
  'windows',
]);

/**
 * Product names that are also ordinary words ("Lever", "Greenhouse", "Oracle", "Segment"): even written
 * capitalised they only count as the product inside a list or after a word that introduces a tool
 * ("experience with Greenhouse", "Lever, Workday"), never in "pull the Lever" or "the Oracle of Delphi".
 */
const PRODUCT_WORDS = new Set(['intercom', 'greenhouse', 'lever', 'workday', 'segment', 'oracle', 'amplitude', 'sketch', 'stata']);
/** Words before a product name that introduce it as a tool. */
const TOOL_BEFORE = new Set([...LIST_NEIGHBOURS, 'as', 'like', 'via', 'from', 'into', 'use', 'uses', 'used', 'including', 'e.g.', 'eg']);
/** Words after a product name that show it is a tool (a list, or "Oracle experience", "Workday HCM"). */
const TOOL_AFTER = new Set([
  ',',
  '/',
  '(',
  ')',
  ';',
  '&',
  '|',
  '+',
  'and',
  'or',
  'experience',
  'expertise',
  'knowledge',
  'skills',
  'proficiency',
  'certification',
  'certified',
  'administration',
  'admin',
  'administrator',
  'implementation',
  'integration',
  'integrations',
  'development',
  'developer',
  'database',
  'databases',
  'db',
  'ats',
  'hcm',
  'data',
  'etc',
]);

/** Skill names that are also verbs, and the words after them that make them verbs ("accounting for", "testing whether"). */
const VERB_SENSE: Record<string, ReadonlySet<string>> = {
  accounting: new Set(['for']),
  testing: new Set(['whether', 'if']),
  networking: new Set(['with']),
};

/** Names another vendor's product shares: "Cisco IOS" is a router's operating system, not Apple's. */
const OTHER_VENDOR: Record<string, Set<string>> = { ios: new Set(['cisco', 'junos']) };

/** Words that join the halves of an elided compound ("Kommunikations- und Teamfähigkeit", "software- en hardware"). */
const ELIDED_AND = new Set(['und', 'oder', 'bzw', 'sowie', '&', 'en', 'of']);

/** Options of a match: the language of the text (ISO 639-1), 'en' by default. */
export interface FindOptions {
  language?: string;
}

/** The curated skills taxonomy and a matcher over it. */
export class Taxonomy {
  readonly skills: ReadonlyMap<string, SkillEntry>;
  readonly #root: TrieNode = { next: new Map(), skills: [] };
  readonly #byName = new Map<string, string>();
  /** Short ambiguous names ("go", "r"): in lower case only as an item of a technical list ("Python, go, etc."). */
  readonly #listOnly = new Map<string, string>();
  /** Spellings without spaces, dots or hyphens ("tensorflow"), for variants split differently ("Tensor flow"). */
  readonly #compact = new Map<string, string>();
  /** Ambiguous one-word names in lower case ("debugging", "monitoring"): skills only in a technical sentence. */
  readonly #contextual = new Map<string, string>();

  constructor(entries: SkillEntry[]) {
    this.skills = new Map(entries.map((e) => [e.id, e]));
    // Every spelling tokenized in one batch: one wink document per spelling left tens of megabytes of garbage.
    const spellings = [...new Set(entries.flatMap((e) => [e.name, ...e.aliases, ...e.exact, ...e.shared]))];
    const pieces = new Map(tokenizeEach(spellings).map((p, i) => [spellings[i], p]));
    const add = (spelling: string, id: string, exact: boolean) => this.#add(pieces.get(spelling) ?? tokenize(spelling), id, exact);
    for (const e of entries) {
      for (const spelling of [e.name, ...e.aliases]) {
        this.#byName.set(spelling.toLowerCase(), e.id);
        // An ambiguous name only counts in its exact case ("Go", not "go").
        if (!e.ambiguous || spelling !== e.name) add(spelling, e.id, false);
      }
      for (const spelling of e.exact) {
        this.#byName.set(spelling.toLowerCase(), e.id);
        add(spelling, e.id, true);
      }
      if (e.ambiguous && e.exact.length === 0) add(e.name, e.id, true);
      for (const spelling of [e.name, ...e.aliases]) {
        const key = compactOf(spelling);
        if (key.length >= 6 && !this.#compact.has(key)) this.#compact.set(key, e.id);
      }
      const lower = e.name.toLowerCase();
      if (e.ambiguous && /^[a-z-]{4,}$/.test(lower) && !NEVER_CONTEXTUAL.has(lower)) this.#contextual.set(lower, e.id);
      if (e.ambiguous && /^[a-z]{1,3}$/.test(lower)) this.#listOnly.set(lower, e.id);
      this.#byName.set(e.id, e.id);
    }
    // After every owner: a shared spelling names its owner first, then the skills that share it.
    for (const e of entries) for (const spelling of e.shared) add(spelling, e.id, false);
  }

  #add(toks: Piece[], id: string, exact: boolean) {
    if (toks.length === 0) return;
    let node = this.#root;
    toks.forEach((t, i) => {
      const key = keyOf(t, i, exact);
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), skills: [] };
        node.next.set(key, child);
      }
      node = child;
    });
    if (!node.skills.some((s) => s.id === id && s.exact === exact)) node.skills.push({ id, exact });
  }

  get(id: string): SkillEntry | undefined {
    return this.skills.get(id);
  }

  /** The skill a name or alias refers to ("k8s" → kubernetes), case-insensitively. */
  resolve(name: string): SkillEntry | undefined {
    const id = this.#byName.get(name.trim().toLowerCase());
    return id ? this.skills.get(id) : undefined;
  }

  name(id: string): string {
    return this.skills.get(id)?.name ?? id;
  }

  /** Every skill mentioned in the tokens; longest spelling wins; ambiguous names need context. */
  find(tokens: Token[], options: FindOptions = {}): SkillHit[] {
    // (Only for a text whose language is known: a CV's is not, and a French CV's "surveillance" is monitoring.)
    const friends = options.language ? FALSE_FRIENDS[options.language] : undefined;
    const hits: SkillHit[] = [];
    let i = 0;
    while (i < tokens.length) {
      let best: { id: string; end: number; exact: boolean; node: TrieNode } | undefined;
      // "2i2c" is one word the tokenizer splits after its digit: its "i2c" is no skill.
      const glued = i > 0 && !tokens[i].spaced && /[0-9]$/.test(tokens[i - 1].value) && /^[A-Za-z]/.test(tokens[i].value);
      for (const exact of glued ? [] : [false, true]) {
        let node: TrieNode | undefined = this.#root;
        for (let j = i; j < tokens.length && node; j++) {
          node = node.next.get(keyOf(tokens[j], j - i, exact));
          if (!node) break;
          const s = node.skills.find((x) => x.exact === exact);
          if (s && (!best || j + 1 > best.end) && boundaryOk(tokens, j)) best = { id: s.id, end: j + 1, exact, node };
        }
      }
      const foreignWord =
        best && friends && best.end - i === 1 && friends.has(tokens[i].normal) && !this.#ownCaseMidSentence(tokens, i, best.id);
      const plainWord = best?.exact && best.end - i === 1 && PRODUCT_WORDS.has(tokens[i].normal) && !toolContext(tokens, i);
      const otherVendor = best && OTHER_VENDOR[best.id]?.has(tokens[i - 1]?.normal ?? '');
      // "accounting for changes in scope": the word as a verb, not the trade.
      const verbSense = best && best.end - i === 1 && VERB_SENSE[tokens[i].normal]?.has(tokens[i + 1]?.normal ?? '');
      if (
        best &&
        !foreignWord &&
        !plainWord &&
        !otherVendor &&
        !verbSense &&
        (!best.exact || !this.skills.get(best.id)?.ambiguous || ambiguousOk(tokens, i, best.end))
      ) {
        // A shared spelling ("UX/UI") names its owner first, then every skill that shares it.
        for (const s of best.node.skills) if (s.exact === best.exact) hits.push({ id: s.id, start: i, end: best.end });
        i = best.end;
      } else i++;
    }
    const extra = [...this.#sharedHeads(tokens, hits), ...this.#elided(tokens)];
    return this.#withContext(tokens, extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits, friends);
  }

  /**
   * "unit, integration and end-to-end testing", "iOS and Android development": each modifier of a shared head names its
   * skill. The modifier next to the head need not be one ("unit, integration or behavioural tests": unit and integration).
   */
  #sharedHeads(tokens: Token[], hits: SkillHit[]): SkillHit[] {
    const covered = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
    const extra: SkillHit[] = [];
    const modifier = (t: Token | undefined, sentence: number) => t?.sentence === sentence && /^\p{L}[\p{L}\d+#.-]*$/u.test(t.value);
    for (let k = 1; k < tokens.length; k++) {
      const head = tokens[k].normal;
      const sentence = tokens[k].sentence;
      if (!SHARED_HEADS.has(head)) continue;
      // Only a list shares its head: the last item (a spelling read already, "end-to-end testing", or the word before the
      // head), then coordinators and a modifier, again and again.
      const last = hits.find((h) => h.end - 1 === k && h.end - h.start >= 2);
      const first = last ? last.start : k - 1;
      let j = first;
      const named: SkillHit[] = [];
      for (;;) {
        const id = j === first && last ? undefined : this.#byName.get(`${tokens[j].normal} ${head}`);
        if (id && !covered.has(j)) named.push({ id, start: j, end: j + 1 });
        let c = j - 1;
        if (!COORDINATORS.has(tokens[c]?.normal ?? '') || tokens[c].sentence !== sentence) break;
        while (c > 0 && COORDINATORS.has(tokens[c].normal)) c--;
        if (!modifier(tokens[c], sentence) || !this.#byName.get(`${tokens[c].normal} ${head}`)) break;
        j = c;
      }
      // (A single known modifier before its head is an ordinary spelling, read already.)
      if (j < first) extra.push(...named);
    }
    return extra;
  }

  /**
   * "verhandlungs- und umsatzstark", "Kommunikations- und Teamfähigkeit": a German (or Dutch) compound whose shared
   * ending is written once, on the last word. The first word takes each ending of the last one in turn; a spelling
   * the taxonomy knows ("verhandlungsstark", "Kommunikationsfähigkeit") names its skill. "Office- Kenntnisse", a hyphenated
   * word broken after its hyphen, is read whole.
   */
  #elided(tokens: Token[]): SkillHit[] {
    const out: SkillHit[] = [];
    for (let i = 0; i + 2 < tokens.length; i++) {
      // "Office- Kenntnisse": a hyphenated word broken after its hyphen.
      const broken =
        tokens[i + 1].value === '-' && !tokens[i + 1].spaced && tokens[i + 2].spaced && /^\p{Lu}\p{Ll}+$/u.test(tokens[i + 2].value);
      const joined = broken ? this.#byName.get(`${tokens[i].normal}-${tokens[i + 2].normal}`) : undefined;
      if (joined) out.push({ id: joined, start: i, end: i + 3 });
      if (i + 3 >= tokens.length) continue;
      const [first, dash, and, last] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
      if (dash.value !== '-' || dash.spaced || !ELIDED_AND.has(and.normal) || !/^\p{L}{3,}$/u.test(first.value)) continue;
      if (!/^\p{L}{5,}$/u.test(last.value)) continue;
      const word = last.value.toLowerCase();
      for (let k = 1; k <= word.length - 4; k++) {
        const id = this.#byName.get(`${first.value.toLowerCase()}${word.slice(k)}`);
        if (id) {
          out.push({ id, start: i, end: i + 2 });
          break;
        }
      }
    }
    return out;
  }

  /** Skill ids mentioned in a text, in order of first mention, without repeats. */
  idsIn(text: string, options: FindOptions = {}): string[] {
    return [...new Set(this.find(analyse(text).tokens, options).map((h) => h.id))];
  }

  /**
   * "debugging distributed systems", "automation and monitoring tools": an ambiguous name written in
   * lower case counts when its sentence names another, unambiguous technical skill (a soft skill's
   * name counts on its own: the ad asks for it whatever the sentence).
   */
  #withContext(tokens: Token[], hits: SkillHit[], friends: Set<string> | undefined): SkillHit[] {
    const covered = new Set(hits.flatMap((h) => Array.from({ length: h.end - h.start }, (_, k) => h.start + k)));
    const technical = new Set(
      hits
        .filter((h) => {
          const e = this.skills.get(h.id);
          return e && !e.ambiguous && e.category !== 'behavioural';
        })
        .map((h) => tokens[h.start].sentence),
    );
    const extra: SkillHit[] = [];
    // "Tensor flow", "Type Script": two words that spell a known name when joined.
    for (let i = 0; i + 1 < tokens.length; i++) {
      if (covered.has(i) || covered.has(i + 1) || tokens[i].sentence !== tokens[i + 1].sentence) continue;
      // (Not a phrase of two plain words: "in design" is no InDesign, "on line" no Online.)
      if (JOIN_STOPWORDS.has(tokens[i].normal) || JOIN_STOPWORDS.has(tokens[i + 1].normal)) continue;
      const id = this.#compact.get(compactOf(tokens[i].normal + tokens[i + 1].normal));
      if (id && !this.skills.get(id)?.ambiguous) {
        extra.push({ id, start: i, end: i + 2 });
        covered.add(i).add(i + 1);
      }
    }
    tokens.forEach((t, i) => {
      const short = this.#listOnly.get(t.normal);
      if (short && !covered.has(i) && technical.has(t.sentence) && t.value === t.normal) {
        const prev = tokens[i - 1]?.value ?? '';
        const next = tokens[i + 1]?.value ?? '';
        if (/^[,/]$/.test(prev) && /^([,/)]|etc)$/.test(next)) extra.push({ id: short, start: i, end: i + 1 });
      }
      const id = this.#contextual.get(t.normal);
      if (!id || covered.has(i) || friends?.has(t.normal)) return;
      if (tokens[i + 1] && !tokens[i + 1].spaced && tokens[i + 1].value === '-') return;
      if (this.skills.get(id)?.category === 'behavioural' || technical.has(t.sentence)) extra.push({ id, start: i, end: i + 1 });
    });
    return extra.length ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
  }

  /** "Scala" written as the product name, inside a sentence: the skill, even in an Italian ad. */
  #ownCaseMidSentence(tokens: Token[], i: number, id: string): boolean {
    const e = this.skills.get(id);
    const prev = tokens[i - 1];
    const midSentence = prev !== undefined && prev.sentence === tokens[i].sentence && !/^[-•*:]$/.test(prev.value);
    // "Express, Mongoose" opening a requirements bullet: the first item of a list of tools.
    const next = tokens[i + 1];
    const listed = next !== undefined && next.sentence === tokens[i].sentence && /^[,/]$/.test(next.value);
    return (midSentence || listed) && e !== undefined && [e.name, ...e.exact].includes(tokens[i].value);
  }
}

/** Head nouns that lists of modifiers share in ads ("unit and integration tests", "iOS and Android development"). */
const SHARED_HEADS = new Set(['testing', 'tests', 'test', 'development', 'databases', 'apps', 'applications']);
/** Words that join the modifiers of a shared head noun ("unit, integration and end-to-end testing"). */
const COORDINATORS = new Set([',', 'and', 'or', '&', '/', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e']);

/** Trie key of a token: its spacing before it (inside a spelling) and its text, cased or not. */
function keyOf(t: Piece, index: number, exact: boolean): string {
  const glue = index === 0 ? '' : t.spaced ? ' ' : '';
  return glue + (exact ? t.value : t.normal);
}

/** "C" must not match the start of "C++" or "C#" when the symbols follow without a space. */
function boundaryOk(tokens: Token[], endInclusive: number): boolean {
  const after = tokens[endInclusive + 1];
  return !after || after.spaced || !/^[+#]$/.test(after.value);
}

/** A product name that is also a word ("Lever") next to a list mark, a tool word or alone on its line. */
function toolContext(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const prevIn = prev !== undefined && prev.sentence === tokens[i].sentence;
  const nextIn = next !== undefined && next.sentence === tokens[i].sentence;
  if (!prevIn && (!nextIn || next.value === '.')) return true;
  return (prevIn && TOOL_BEFORE.has(prev.normal)) || (nextIn && TOOL_AFTER.has(next.normal));
}

/** Names of other things that hold an ambiguous skill's word: a card scheme, a train, a pharmacy, a visa route. */
const HOLDING_NAMES = new Set([
  'american express',
  'orient express',
  'federal express',
  'pony express',
  'express scripts',
  'express entry',
]);

/** An ambiguous name counts when it sits in a list or a technical phrase, not as an ordinary word. */
function ambiguousOk(tokens: Token[], start: number, end: number): boolean {
  const prev = tokens[start - 1];
  const next = tokens[end];
  if (next && !next.spaced && next.value === '-') return false; // "Go-to"
  // "Spring 2014", "Fall 2013 – Spring 2014": a season with its year, not the framework.
  if (next && /^(?:19|20)\d{2}$/.test(next.value)) return false;
  // "Visa, Mastercard, American Express": a name that holds the word is someone else's.
  const word = tokens[start].normal;
  if ((prev && HOLDING_NAMES.has(`${prev.normal} ${word}`)) || (next && HOLDING_NAMES.has(`${word} ${next.normal}`))) return false;
  // "512 Go SSD", "16 Go de RAM": after a number, a unit (French gigaoctets), not the language.
  if (prev && /^\d+(?:[.,]\d+)?$/.test(prev.value)) return false;
  // After an opening bracket or quote, a name starts a phrase of its own: "(Go Sooners and Cardinals!)".
  const sentenceStart = !prev || prev.sentence !== tokens[start].sentence || /^[(“"‘'[]$/.test(prev.value);
  if (next && LIST_NEIGHBOURS.has(next.normal) && next.sentence === tokens[start].sentence) return true;
  if (sentenceStart) return !next || next.sentence !== tokens[start].sentence;
  return true;
}

let cached: Taxonomy | undefined;

/** Families whose names are practices, not products: common nouns mid-sentence. */
const PRACTICE_FAMILIES: ReadonlySet<string> = new Set(['practice', 'business', 'qa', 'behavioural']);

/** A way of working rather than a product or a method with a name of its own ("test automation", not "Selenium", "Scrum"). */
export function isPractice(entry: Pick<SkillEntry, 'category' | 'capitalised'>): boolean {
  return PRACTICE_FAMILIES.has(entry.category) && !entry.capitalised;
}

/**
 * A skill's name as a sentence says it: a practice's in lowercase ("the last piece of work where you used test
 * automation"), a product's, a method's or an abbreviation's as it is written ("Selenium", "Scrum", "HubSpot", "KPIs").
 */
export function nameInSentence(entry: Pick<SkillEntry, 'name' | 'category' | 'capitalised'>): string {
  return isPractice(entry) && !/[A-Z]{2}|[a-z][A-Z]/.test(entry.name) ? entry.name.toLowerCase() : entry.name;
}

/** The taxonomy from data/skills, parsed and indexed once per process. */
export function loadTaxonomy(): Taxonomy {
  cached ??= new Taxonomy(readDataDir('skills', SkillFile));
  return cached;
}
