// CVs written in LaTeX (moderncv, awesome-cv, plain article classes) and pasted or uploaded as source. The reader
// needs their text and their structure: sections become Markdown headings, an entry's fields ("\cventry{Data
// Scientist}{Acme}{Berlin}{Nov. 2022 - today}") one role line, list items bullets, and comments and commands go.

/** True when the text is LaTeX source rather than a document's text. */
export function isLatex(text: string): boolean {
  return /\\(?:documentclass|begin\{document\}|cventry|cvsection|section\*?\{|cvitems|resumeSubheading)/.test(text);
}

/** The brace groups that follow a command, in order: "{a}{b} % note\n{c}" → ["a", "b", "c"]. */
function groups(text: string, from: number, max: number): { values: string[]; end: number } {
  const values: string[] = [];
  let i = from;
  while (values.length < max) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (text[i] !== '{') break;
    let depth = 0;
    let j = i;
    for (; j < text.length; j++) {
      if (text[j] === '{' && text[j - 1] !== '\\') depth++;
      else if (text[j] === '}' && text[j - 1] !== '\\') depth--;
      if (depth === 0) break;
    }
    values.push(text.slice(i + 1, j));
    i = j + 1;
  }
  return { values, end: i };
}

/** Commands that only format their argument: the argument stays. */
const FORMAT = /\\(?:textbf|textit|emph|underline|textsc|texttt|small|large|Large|href\{[^}]*\}|url)\s*\{([^{}]*)\}/g;

/** The LaTeX CV as plain text with Markdown headings and bullets. */
export function latexCvText(source: string): string {
  // Comments ("% Date(s)") go; an escaped percent ("50\%") stays.
  let text = source.replace(/(?<!\\)%.*$/gm, '').replace(/\\%/g, '%');
  const out: string[] = [];
  let at = 0;
  for (const m of text.matchAll(/\\(cventry|resumeSubheading|cvsection|section\*?|subsection\*?|cvsubsection)\b/g)) {
    const start = m.index ?? 0;
    if (start < at) continue;
    out.push(text.slice(at, start));
    const isEntry = m[1] === 'cventry' || m[1] === 'resumeSubheading';
    const { values, end } = groups(text, start + m[0].length, isEntry ? 4 : 1);
    out.push(
      isEntry
        ? `\n${values
            .map((v) => v.trim())
            .filter(Boolean)
            .join(', ')}\n`
        : `\n\n## ${values[0]?.trim() ?? ''}\n`,
    );
    at = end;
  }
  out.push(text.slice(at));
  text = out.join('');
  for (let k = 0; k < 3; k++) text = text.replace(FORMAT, '$1');
  return text
    .replace(/\\item\s*/g, '\n- ')
    .replace(/\\\\/g, '\n')
    .replace(/\\(?:begin|end)\{[^}]*\}(?:\[[^\]]*\])?/g, '\n')
    .replace(/\\[A-Za-z]+\*?(?:\[[^\]]*\])?/g, ' ')
    .replace(/[{}]/g, ' ')
    .replace(/~/g, ' ')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n\s*\n(?:\s*\n)+/g, '\n\n');
}
