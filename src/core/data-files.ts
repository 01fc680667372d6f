import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import type { z } from 'zod';

/** Root of the curated data (skills taxonomy, question bank, loops, questions to ask). */
export const DATA_ROOT = fileURLToPath(new URL('../../data/', import.meta.url));

/** Parses and validates one YAML data file; the error names the file and the failing path. */
export function readDataFile<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const raw = yaml.load(readFileSync(path, 'utf8'));
  const result = schema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path}: ${first.join('; ')}`);
  }
  return result.data;
}

/** Every *.yaml file of a data folder, in a stable order, parsed and concatenated. */
export function readDataDir<T extends z.ZodType<unknown[]>>(dir: string, schema: T): z.infer<T> {
  const folder = join(DATA_ROOT, dir);
  const files = readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((f) => readDataFile(join(folder, f), schema) as unknown[]) as z.infer<T>;
}
