// A job-family page (one trade at several levels) is read at the title's level, not as the sum of its levels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseJd } from '../../src/core/profile/jd.ts';
import { readJobFamily } from '../../src/core/profile/job-family.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
// Written for this test in the shape of a handbook job-family page.
const page = readFileSync('tests/fixtures/jd/job-family-data-engineer.md', 'utf8');

describe('job-family pages', () => {
  it('reads the shared requirements and the title level only', () => {
    const jd = parseJd(page, tx);
    expect(jd.seniority).toBe('mid');
    expect(jd.minYears).toBeUndefined();
    expect(jd.must).toEqual(expect.arrayContaining(['sql', 'python', 'snowflake']));
    expect(jd.process).toHaveLength(3);
    expect(jd.notes.join(' ')).toMatch(/levels \(junior, senior\): it was read at the mid level/);
  });

  it('keeps the section of the level the title names', () => {
    const jd = parseJd(page.replace('title: "Data Engineer"', 'title: "Senior Data Engineer"'), tx);
    expect(jd.seniority).toBe('senior');
    expect(jd.minYears).toBe(5);
  });

  it('leaves an ordinary ad alone, even when it mentions other levels in passing', () => {
    const ad =
      '# Senior Backend Engineer\n\n## Requirements\n- 5+ years of Go\n\n## Senior leadership\nOur CTO leads the team.\n\n## Your team\nYou will work with a Staff Engineer.';
    expect(readJobFamily(ad, 'Senior Backend Engineer')).toBeUndefined();
    expect(parseJd(ad, tx).minYears).toBe(5);
  });
});
