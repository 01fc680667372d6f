import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';

describe('temporary directories of the test run', () => {
  it('puts every one under the run’s own directory, which tests/global-temp.ts removes when the run ends', () => {
    // Embedded databases and bot DATA_DIRs are 40–80 MB each: leaked ones filled /tmp with tens of gigabytes.
    expect(tmpdir()).toMatch(/prep-bot-tests-[^/]+$/);
  });
});
