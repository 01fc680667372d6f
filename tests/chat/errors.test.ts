import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorText } from '../../src/chat/errors.ts';
import { ERROR_CODES } from '../../src/core/errors.ts';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));

describe('error codes', () => {
  const sources = files('src')
    .filter((f) => f.endsWith('.ts') && !f.endsWith('errors.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');

  it.each(ERROR_CODES)('%s is used, and has words on every platform', (code) => {
    expect(sources).toContain(`'${code}'`);
    for (const platform of ['slack', 'discord', 'shell', 'cli'] as const) {
      const words = errorText(
        {
          code,
          params: {
            name: 'cv.pdf',
            path: 'cv.pdf',
            kind: 'CV',
            chars: 12,
            limit: 60000,
            mb: '6.0',
            value: 'x',
            command: 'report',
            why: 'a reason',
            usage: '/prep report',
            track: 'backend',
            choices: '#1 (C1)',
          },
        },
        platform,
      );
      expect(words.length).toBeGreaterThan(10);
      expect(words).not.toMatch(/undefined|\[object/);
    }
  });

  it('writes commands in each platform syntax, and the core spells out none', () => {
    expect(errorText({ code: 'missing_cv', params: {} }, 'slack')).toContain('/prep cv');
    expect(errorText({ code: 'missing_cv', params: {} }, 'cli')).toContain('prep cv');
    const core = files('src/core')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => readFileSync(f, 'utf8').replace(/\/\*\*[\s\S]*?\*\/|\/\/.*$/gm, ''))
      .join('\n');
    expect(core).not.toMatch(/\/prep /);
  });
});
