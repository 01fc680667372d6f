// The trained JD track model (data/models/jd-track.json): the file validates and is reproducible from the committed
// labels, and on real dev ads whose titles name no trade it reads the track their headings and skills name, while a
// track the title or the skills name is never overridden.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trackModelJson, trainTrackFromLabels } from '../../scripts/jd-track/train.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd } from '../../src/core/profile/jd.ts';
import { readTrack, TRACK_MODEL_FILE, TrackModel, trackClassifier, trackFeatures } from '../../src/core/profile/jd-track.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const ad = (name: string) => normaliseText(readFileSync(join('eval/corpus/jd', name), 'utf8'));

describe('the model file', () => {
  it('validates against its schema and loads', () => {
    const m = TrackModel.parse(JSON.parse(readFileSync(TRACK_MODEL_FILE, 'utf8')));
    expect(m.classes).toEqual(expect.arrayContaining(['operations', 'customer-success', 'backend', 'general']));
    expect(trackClassifier()).not.toBeNull();
  });

  it('rejects a model whose rows do not match its classes', () => {
    const m = JSON.parse(readFileSync(TRACK_MODEL_FILE, 'utf8'));
    m.rows.push(['head:sales', 1, 2]);
    expect(TrackModel.safeParse(m).success).toBe(false);
  });

  it('a missing or broken file leaves the rules alone in charge', () => {
    expect(trackClassifier('/nonexistent/jd-track.json')).toBeNull();
    const text = 'Careers\n\n## Customer Success Manager\n\nYou will onboard customers and reduce churn.';
    expect(readTrack('Careers', text, [], [], tx, null)).toEqual({ track: 'general', from: 'none' });
  });

  it('retraining from the committed labels reproduces the committed model', () => {
    expect(trackModelJson(trainTrackFromLabels(tx))).toBe(readFileSync(TRACK_MODEL_FILE, 'utf8'));
  }, 180_000);
});

describe('features', () => {
  it('reads the tracks that short lines name, near the top and anywhere, and the kinds of skills asked for', () => {
    const f = trackFeatures(
      'Careers',
      'Careers\n## Customer Success Manager\nA long paragraph about the company that names no trade at all, many words.',
      ['postgresql'],
      [],
      tx,
    );
    expect(f.get('head:customer-success')).toBeCloseTo(Math.log(2));
    expect(f.get('top:customer-success')).toBeCloseTo(Math.log(2));
    expect(f.get('mcat:database')).toBeCloseTo(Math.log(2));
    expect(f.has('title:customer-success')).toBe(false);
  });
});

describe('real dev ads whose title names no trade', () => {
  it('"Career" over a customer-success manager\'s ad reads as customer success, by the model', () => {
    const jd = parseJd(ad('jd-212-customer-success-en.html'), tx);
    expect(jd.title).toBe('Career');
    expect(jd).toMatchObject({ track: 'customer-success', trackFrom: 'model' });
    // With the rules alone it had no track.
    expect(parseJd(ad('jd-212-customer-success-en.html'), tx, { track: null }).track).toBe('general');
  });

  it("an office assistant's German ad reads as operations", () => {
    expect(parseJd(ad('jd-354-organisation-assistant-de.md'), tx)).toMatchObject({ track: 'operations', trackFrom: 'model' });
  });

  it("a track the title names stays the title's", () => {
    expect(parseJd(ad('jd-024-frontend-en.md'), tx)).toMatchObject({ track: 'frontend', trackFrom: 'title' });
  });

  it('a track the model is fairly sure of names the trade for a career change: developers applying to "Career" (customer success)', () => {
    const jd = ad('jd-212-customer-success-en.html');
    expect(parseJd(jd, tx).trackConfidence).toBeGreaterThanOrEqual(0.3);
    for (const name of ['cv-103-recruiter-to-developer.txt', 'cv-106-engineer-to-ml-grad.txt']) {
      const cv = readFileSync(`eval/corpus/cv/${name}`, 'utf8');
      const { report } = buildOfflineReport({ cv, jd, now: new Date('2023-06-15T12:00:00Z') });
      expect(report.fitScore.careerChange?.to).toBe('customer success and support');
    }
  });

  it('a track the model only guesses calls no career change', () => {
    // A web team's co-op page titled "Careers | OICR WebDev Team": a junior front-end developer is in the trade
    // (labelled medium), whatever the model guesses from the page's headings (operations, at a probability under 0.3).
    const cv = readFileSync('eval/corpus/cv/cv-058-frontend-junior-pdf.txt', 'utf8');
    const { report } = buildOfflineReport({ cv, jd: ad('jd-385-web-co-op-positions.md'), now: new Date('2022-06-15T12:00:00Z') });
    expect(report.fitScore.careerChange).toBeNull();
    expect(report.fitScore.label).not.toBe('career-change');
  });
});
