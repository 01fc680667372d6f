/** Splits a pasted document into headed sections; shared by the JD, CV and panel parsers. */

export interface Section {
  /** The heading as written (without #, ** or a trailing colon); '' for text before any heading. */
  heading: string;
  lines: string[];
  /** A Markdown heading's level (the number of #); undefined for a bold or plain-text heading. */
  level?: number;
}

const MD_HEADING = /^#{1,6}\s+(.+?)\s*#*$/;
const BOLD_LINE = /^\*\*([^*]+)\*\*:?$/;
/** Two sentences or more: a sentence end followed by a capitalised word. */
const EMPHASISED_PROSE = /[.!?]\s+\p{Lu}[\s\S]*[.!?)]$/u;

/** Words that make a short line a section heading in CVs and job ads. */
const HEADING_WORDS =
  /^(about|the role|the team|your role|your (?:profile|skills|tasks|responsibilities|mission)|role|responsibilit|what you|day to day|requirements?|qualifications?|minimum|preferred|must|nice|bonus|skills|technical skills|soft skills|key responsibilit|required (?:qualifications|skills|experience)|experience|work experience|work$|jobs$|employment|professional experience|education|certifications?|projects?|summary|profile|objective|benefits|perks|compensation|who we are|who you are|you have|you will|it would|desirable|ideally|languages|interests|achievements|plus points|publications|awards|volunteering|what we|why join|our|how to apply|location|salary)/i;

/**
 * Section names of other languages, on a short line of their own ("Conhecimentos desejáveis", "Requisitos", "Deine
 * Aufgaben", "Compétences"): not when a preposition follows ("Conhecimentos em Python" is an item).
 */
const FOREIGN_HEADING =
  /^(?:(?:deine|ihre|unsere|tus|vos|suas|seus|le tue|i tuoi|jouw|je)\s+)?(?:requisitos?|conhecimentos|responsabilidades|atribuições|atividades|diferenciais|benefícios|qualificações|habilidades|anforderungen|aufgaben|qualifikationen|kenntnisse|kompetenzen|benefits|compétences|missions|avantages|qualités|requisiti|competenze|responsabilità|mansioni|funciones|tareas|beneficios|conocimientos|taken|vereisten|eisen|verantwoordelijkheden)\b/i;
const PREPOSITION = /\s(?:em|de|do|da|in|im|mit|con|en|di|with|of|für|pour|para|per|van|voor)\s/i;
/** A whole line in single emphasis ("*Plus points*", "_Your profile_"); a bullet has a space after its star. */
const ITALIC_LINE = /^([*_])(?!\s)([^*_]+?)(?<!\s)\1:?$/;

/**
 * A line that opens with a heading word but goes on to ask for something ("Experience with LangChain, LlamaIndex, or
 * Hugging Face", "Minimum 3 years of experience", "Ideally, you have worked with React"): an item, not a heading.
 */
const ASKS_FOR_SOMETHING = /^(?:experience|skills|minimum|must|ideally|preferred|nice)\b.*\b(?:with|using|in|of|years?|be|know)\b/i;

/** True when a line reads as a heading rather than content. */
export function headingOf(line: string): string | undefined {
  const t = line.trim();
  const md = t.match(MD_HEADING);
  // "### Engineer — Acme (2021 – 2024)" is a role line styled as a heading, not a section.
  if (md && /\b(19|20)\d{2}\b/.test(md[1])) return undefined;
  if (md) return md[1].replace(/\*\*/g, '').replace(/:$/, '').trim();
  const bold = t.match(BOLD_LINE);
  // A bold paragraph of sentences ("**Thanks for your interest. This position has now been filled. …**") or one long
  // sentence ending in a full stop is emphasis, not a heading.
  if (bold && !EMPHASISED_PROSE.test(bold[1].trim()) && !(/[.!]\)?$/.test(bold[1].trim()) && bold[1].trim().split(/\s+/).length >= 8))
    return bold[1].trim();
  if (bold) return undefined;
  // An italic line is a heading when its words would be one without the emphasis.
  const italic = t.match(ITALIC_LINE);
  if (italic) return headingOf(italic[2]);
  if (t.length === 0 || t.length > 60 || /^[-•*]/.test(t) || /\d{4}/.test(t)) return undefined;
  const words = t.split(/\s+/).length;
  if (words > 7) return undefined;
  if (/[.!?]$/.test(t)) return undefined;
  const bare = t.replace(/:$/, '');
  if (t.endsWith(':') && words <= 6) return bare;
  if (HEADING_WORDS.test(bare) && !(words >= 4 && ASKS_FOR_SOMETHING.test(bare))) return bare;
  if (words <= 3 && FOREIGN_HEADING.test(bare) && !PREPOSITION.test(` ${bare} `)) return bare;
  // "SKILLS", "WHAT WE OFFER"; a lone acronym ("SQL", "AWS") in a list of skills is an item, not a heading.
  if (bare === bare.toUpperCase() && /[A-Z]{3}/.test(bare) && (words > 1 || bare.length >= 5)) return bare;
  return undefined;
}

/** A Markdown setext underline: the line above it is a heading ("Mentoring Activities" over "======"). */
const SETEXT = /^\s*(={3,}|-{3,})\s*$/;

export function splitSections(text: string): Section[] {
  const sections: Section[] = [{ heading: '', lines: [] }];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    if (SETEXT.test(raw) && sections[sections.length - 1].lines.length === 0 && i > 0 && lines[i - 1].trim()) return;
    const underlined = SETEXT.test(lines[i + 1] ?? '') && raw.trim().length > 0 && raw.trim().length <= 60 && !/^[-*•]\s/.test(raw.trim());
    const h = underlined ? raw.trim().replace(/:$/, '') : headingOf(raw);
    const level = underlined ? (lines[i + 1].includes('=') ? 1 : 2) : raw.trim().match(/^(#{1,6})\s/)?.[1].length;
    if (h !== undefined) sections.push({ heading: h, lines: [], ...(level ? { level } : {}) });
    else sections[sections.length - 1].lines.push(raw);
  });
  return sections.filter((s, i) => i === 0 || s.heading || s.lines.some((l) => l.trim()));
}

/** A bullet line's content without its marker, or undefined for a non-bullet. */
export function bulletText(line: string): string | undefined {
  const m = line.match(/^\s*(?:[-•*▪◦]|\d+[.)])\s+(.*\S)\s*$/);
  return m?.[1];
}

/** Strips Markdown emphasis and heading markers from a short line. */
export function plainLine(line: string): string {
  return line
    .replace(/^#+\s*/, '')
    .replace(/\*\*|__/g, '')
    .trim();
}
