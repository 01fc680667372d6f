import { describe, expect, it } from 'vitest';
import { SOFTWARE_TRACKS, Track } from '../src/core/bank/schema.ts';
import { validateData } from '../src/core/bank/validate.ts';

describe('curated data (data/)', () => {
  const r = validateData();

  it('validates: schemas, unique ids and spellings, references, no near-duplicate questions', () => {
    expect(r.problems).toEqual([]);
  });

  it('has a taxonomy of 400+ skills across every family', () => {
    expect(r.skills).toBeGreaterThanOrEqual(400);
    for (const c of ['frontend', 'backend', 'data', 'ml', 'cloud', 'devops', 'mobile', 'security', 'qa', 'behavioural'])
      expect(r.skillCategories[c], c).toBeGreaterThanOrEqual(20);
  });

  it('has 300+ questions, every software track with all four categories', () => {
    expect(r.questions).toBeGreaterThanOrEqual(300);
    for (const t of Track.options.filter((x) => SOFTWARE_TRACKS.has(x)))
      for (const c of ['behavioural', 'coding', 'system-design', 'technical'] as const)
        expect(r.coverage[t]?.[c], `${t}/${c}`).toBeGreaterThan(0);
  });

  it('gives every non-software track role questions of its own (their loops talk rather than code)', () => {
    for (const t of Track.options.filter((x) => x !== 'general' && !SOFTWARE_TRACKS.has(x)))
      expect(r.coverage[t]?.technical ?? 0, t).toBeGreaterThan(0);
  });

  it('has 60+ questions to ask and a loop for every track', () => {
    expect(r.askQuestions).toBeGreaterThanOrEqual(60);
    expect([...r.loopTracks].sort()).toEqual([...Track.options].sort());
  });
});
