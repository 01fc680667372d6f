import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { z } from 'zod';

export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const Header = z
  .object({
    task: z.string(),
    purpose: z.string().min(10),
    changing: z.string().min(10),
    variables: z.array(z.string()),
    data: z.array(z.string()).default([]),
  })
  .strict();

/** One prompt file: its header (what it is for, what changing it changes, its variables) and its two messages. */
export interface Prompt extends z.infer<typeof Header> {
  system: string;
  user: string;
}

/** A prompt file that does not match what its callers supply. */
export class PromptError extends Error {}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;
/** Tags that delimit untrusted data in the prompts; the same tags inside the data are neutralised. */
const DELIMITER = /<\s*(\/?)\s*(cv|jd|panel|answer)\s*>/gi;

function parse(file: string, text: string): Prompt {
  const m = text.match(/^---\n([\s\S]*?)\n---\n([\s\S]*)$/);
  if (!m) throw new PromptError(`${file}: missing the --- header ---`);
  let raw: unknown;
  try {
    raw = yaml.load(m[1]);
  } catch (e) {
    throw new PromptError(`${file}: the header is not valid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const header = Header.safeParse(raw);
  if (!header.success)
    throw new PromptError(`${file}: bad header: ${header.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  const parts = m[2].split(/^## (system|user)\s*$/m);
  const get = (name: string) => {
    const i = parts.indexOf(name);
    return i >= 0 ? (parts[i + 1] ?? '').trim() : '';
  };
  return { ...header.data, system: get('system'), user: get('user') };
}

/**
 * Reads every prompt and checks each against its header: a placeholder nobody declared, a
 * declared variable the text never uses, or data not declared as a variable stops start-up.
 */
export function loadPrompts(dir = PROMPTS_DIR): Map<string, Prompt> {
  const prompts = new Map<string, Prompt>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const p = parse(file, readFileSync(join(dir, file), 'utf8'));
    if (`${p.task}.md` !== file) throw new PromptError(`${file}: task "${p.task}" does not match the file name`);
    const used = new Set([...`${p.system}\n${p.user}`.matchAll(PLACEHOLDER)].map((x) => x[1]));
    used.delete('rules');
    const declared = new Set(p.variables);
    for (const u of used) if (!declared.has(u)) throw new PromptError(`${file}: uses {{${u}}} but does not declare it in variables`);
    for (const d of declared) if (!used.has(d)) throw new PromptError(`${file}: declares "${d}" but never uses it`);
    for (const d of p.data) if (!declared.has(d)) throw new PromptError(`${file}: data "${d}" is not one of its variables`);
    prompts.set(p.task, p);
  }
  if (!prompts.has('_shared')) throw new PromptError('prompts/_shared.md is missing');
  return prompts;
}

/** Fills a prompt. The caller must supply exactly the declared variables; untrusted data cannot close its own tag. */
export function renderPrompt(prompts: Map<string, Prompt>, task: string, vars: Record<string, string>): { system: string; user: string } {
  const p = prompts.get(task);
  if (!p) throw new PromptError(`no prompt for task "${task}"`);
  const given = Object.keys(vars);
  const extra = given.filter((k) => !p.variables.includes(k));
  const missing = p.variables.filter((k) => !(k in vars));
  if (extra.length) throw new PromptError(`${task}: caller supplies ${extra.join(', ')}, which the prompt does not declare`);
  if (missing.length) throw new PromptError(`${task}: caller does not supply ${missing.join(', ')}`);
  const rules = prompts.get('_shared')?.system ?? '';
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (_, name: string) => {
      if (name === 'rules') return rules;
      const v = vars[name];
      return p.data.includes(name) ? v.replace(DELIMITER, '[$1$2]') : v;
    });
  return { system: fill(p.system), user: fill(p.user) };
}
