// A question premised on one candidate's CV ("Your experience goes well beyond what this role asks for…") is asked in
// that candidate's report only: a channel drop to a whole cohort, or a practice pick from a track, never poses it.
import { describe, expect, it } from 'vitest';
import { askedOfAnyone, loadBank } from '../../../src/core/bank/load.ts';
import { DropQuestions } from '../../../src/core/drops/questions.ts';
import type { PracticeService } from '../../../src/core/practice/service.ts';
import { loadTaxonomy } from '../../../src/core/skills/taxonomy.ts';
import type { Schedule } from '../../../src/store/drops.ts';
import type { Store } from '../../../src/store/index.ts';

const bank = loadBank(loadTaxonomy());
const WHY = 'gen-beh-overqualified-why-this-role';

describe('questions premised on a CV', () => {
  it('the bank holds the overqualified question, for the general track, and it is not for everyone', () => {
    const q = bank.byId.get(WHY);
    expect(q?.tracks).toContain('general');
    expect(q && askedOfAnyone(q)).toBe(false);
    // Every other general behavioural question is.
    expect(bank.questions.filter((x) => x.tracks.includes('general') && !askedOfAnyone(x)).map((x) => x.id)).toEqual([WHY]);
  });

  it("a general channel's drop pool leaves it out and keeps the rest of the track", async () => {
    // (The bank pool reads neither the store nor the practice service.)
    const drops = new DropQuestions({} as Store, {} as PracticeService);
    const pool = await drops.pool({ pool: 'bank', track: 'general' } as Schedule);
    expect(pool.length).toBeGreaterThan(20);
    expect(pool.map((q) => q.id)).not.toContain(WHY);
    expect(pool.map((q) => q.id)).toContain('gen-beh-career-switch-story');
  });
});
