import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';

export const PAIRS_DIR = 'tests/fixtures/pairs';
export const NOW = new Date('2026-11-21T10:00:00Z');

export interface Expected {
  role: { title: string; company: string; seniority: string; track: string };
  mustHave: string[];
  niceToHave: string[];
  minYears: number | null;
  cvSkills: string[];
  cvYears: number;
  cvRoles: number;
  quantified: string[];
  fit: 'high' | 'medium' | 'low';
  panel: string[];
}

export interface Pair {
  name: string;
  cv: string;
  jd: string;
  panel?: string;
  expected: Expected;
}

/** The hand-written CV/JD pairs with their answer keys. */
export function loadPairs(): Pair[] {
  return readdirSync(PAIRS_DIR)
    .sort()
    .map((name) => {
      const f = (n: string) => join(PAIRS_DIR, name, n);
      return {
        name,
        cv: readFileSync(f('cv.md'), 'utf8'),
        jd: readFileSync(f('jd.md'), 'utf8'),
        panel: existsSync(f('panel.md')) ? readFileSync(f('panel.md'), 'utf8') : undefined,
        expected: yaml.load(readFileSync(f('expected.yaml'), 'utf8')) as Expected,
      };
    });
}
