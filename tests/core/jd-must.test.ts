// The must-have confidence model (data/models/jd-must.json): the file validates and is reproducible from the committed
// labels; it reads where each must-have came from; and on real dev ads the ranking puts the surer must-haves' questions
// first — a Java developer's ad with no requirements list opens on Java, not Scrum, and a designer's ad whose
// "Cash money" paragraph was read as asking for compensation and benefits keeps that out of the first ten.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mustModelJson, trainMustFromLabels } from '../../scripts/jd-must/train.ts';
import { loadBank } from '../../src/core/bank/load.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd } from '../../src/core/profile/jd.ts';
import { MUST_MODEL_FILE, MustModel, mustClassifier, mustConfidence, mustFeatures } from '../../src/core/profile/jd-must.ts';
import { buildOfflineReport, loopFor } from '../../src/core/report/build.ts';
import { rankQuestions } from '../../src/core/report/rank.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const bank = loadBank(tx);
const ad = (name: string) => parseJd(normaliseText(readFileSync(join('eval/corpus/jd', name), 'utf8')), tx);

describe('the model file', () => {
  it('validates against its schema and loads', () => {
    const m = MustModel.parse(JSON.parse(readFileSync(MUST_MODEL_FILE, 'utf8')));
    expect(m.classes).toEqual(['must', 'other']);
    expect(m.rows.map((r) => r[0])).toEqual(expect.arrayContaining(['bias', 'from:section', 'from:no-list', 'from:title']));
    expect(mustClassifier()).not.toBeNull();
  });

  it('rejects a row without a weight for each class', () => {
    const m = JSON.parse(readFileSync(MUST_MODEL_FILE, 'utf8'));
    m.rows.push(['from:prose', 1]);
    expect(MustModel.safeParse(m).success).toBe(false);
  });

  it('a missing or broken file scores nothing, so every must-have counts the same', () => {
    expect(mustClassifier('/nonexistent/jd-must.json')).toBeNull();
    expect(mustConfidence(ad('jd-295-java-developer-en.md'), tx, null).size).toBe(0);
  });

  it('retraining from the committed labels reproduces the committed model', () => {
    expect(mustModelJson(trainMustFromLabels(tx))).toBe(readFileSync(MUST_MODEL_FILE, 'utf8'));
  }, 180_000);
});

describe('features', () => {
  it('say where each must-have was read: a requirements section, or the title alone', () => {
    const jd = parseJd('# Java Developer\n\n## Requirements\n\n- Three years of PostgreSQL in production\n- Docker\n', tx);
    const f = mustFeatures(jd, tx);
    expect(jd.must).toEqual(expect.arrayContaining(['postgresql', 'docker', 'java']));
    expect(f.get('postgresql')?.get('from:section')).toBe(1);
    expect(f.get('postgresql')?.get('years')).toBe(1);
    expect(f.get('java')?.get('from:title')).toBe(1);
    expect(f.get('java')?.get('title')).toBe(1);
  });

  it('an ad with no requirements list reads its must-haves from prose, and says so', () => {
    const jd = ad('jd-295-java-developer-en.md');
    expect(jd.requirements.filter((r) => r.kind === 'must').every((r) => r.source === 'no-list')).toBe(true);
    const sure = mustConfidence(jd, tx);
    // The title's trade is the surest; a duty that happens to name a practice is not.
    expect(sure.get('java')).toBeGreaterThan(0.7);
    expect(sure.get('troubleshooting')).toBeLessThan(0.5);
  });
});

describe('the ranking on real dev ads', () => {
  const top10 = (name: string, model?: null) => {
    const jd = ad(name);
    return rankQuestions({
      jd,
      matches: [],
      panel: [],
      questions: bank.questions,
      generated: bank.generated,
      loop: loopFor(bank.loops, jd.track),
      taxonomy: tx,
      mustModel: model,
    }).slice(0, 10);
  };

  it("a Java developer's ad with no requirements list opens on Java, not on Scrum", () => {
    const on = (qs: ReturnType<typeof top10>, skill: string) => qs.filter((q) => q.skills.includes(skill)).length;
    const without = top10('jd-295-java-developer-en.md', null);
    expect(without[0].skills).not.toContain('Java');
    const ranked = top10('jd-295-java-developer-en.md');
    expect(ranked[0].skills).toContain('Java');
    expect(ranked[1].skills).toContain('Java');
    expect(on(ranked, 'Java')).toBeGreaterThanOrEqual(5);
    expect(on(ranked, 'Java')).toBeGreaterThan(on(without, 'Java'));
    // Every must-have still has a question in the first fifteen.
    const fifteen = rankQuestions({
      jd: ad('jd-295-java-developer-en.md'),
      matches: [],
      panel: [],
      questions: bank.questions,
      generated: bank.generated,
      loop: loopFor(bank.loops, 'backend'),
      taxonomy: tx,
    }).slice(0, 15);
    for (const skill of ['Java', 'Quality Assurance', 'Troubleshooting', 'Code Review']) expect(on(fifteen, skill)).toBeGreaterThan(0);
  });

  it("a designer's ad whose pay paragraph was read as a requirement keeps it out of the first ten", () => {
    const jd = ad('jd-084-design-en.html');
    expect(jd.must).toContain('compensation-and-benefits');
    expect(top10('jd-084-design-en.html', null).some((q) => q.skills.includes('Compensation and Benefits'))).toBe(true);
    const ranked = top10('jd-084-design-en.html');
    expect(ranked.some((q) => q.skills.includes('Compensation and Benefits'))).toBe(false);
    expect(ranked.filter((q) => q.skills.some((s) => ['HTML', 'CSS'].includes(s))).length).toBeGreaterThanOrEqual(5);
  });
});

describe('a question on several must-haves', () => {
  it('comes before one on a single surer must-have when it is likelier to touch a real requirement', () => {
    const jd = parseJd('# Senior Kafka Engineer\n\n## Requirements\n\n- Five years of Kafka in production\n- Go and Rust\n', tx);
    expect(jd.must).toEqual(['kafka', 'go', 'rust']);
    // A model that trusts the title's skill (75%) more than each listed one (60%): a question on Go and Rust touches a
    // real requirement unless both are misread, 1 − 0.4 × 0.4 = 84%, surer than the Kafka question's 75%.
    const model = new Map<string, readonly number[]>([
      ['bias', [0.4, 0]],
      ['title', [0.7, 0]],
    ]);
    const sure = mustConfidence(jd, tx, model);
    expect(sure.get('kafka')).toBeCloseTo(0.75, 2);
    expect(sure.get('go')).toBeCloseTo(0.6, 2);
    const base = bank.questions.find((q) => q.tracks.includes(jd.track) && q.category === 'technical' && q.levels.includes(jd.seniority));
    if (!base) throw new Error('no technical question for the role in the bank');
    const kafka = { ...base, id: 't-kafka', skillIds: ['kafka'], topics: [], text: 'How do you size the partitions of a topic?' };
    const both = {
      ...base,
      id: 't-both',
      skillIds: ['go', 'rust'],
      topics: [],
      text: 'When would you write a service in one language rather than the other?',
    };
    const ranked = rankQuestions({ jd, matches: [], panel: [], questions: [kafka, both], loop: undefined, taxonomy: tx, mustModel: model });
    expect(ranked.map((q) => q.id)).toEqual(['t-both', 't-kafka']);
  });
});

describe('the gaps a candidate reads first', () => {
  it("lead with what the ad's requirements name surely, not a platform its prose mentions", () => {
    // jd-084 reads its must-haves in the order Android, iOS, Adobe Creative Suite, HTML, CSS, jQuery…: a designer's CV
    // without any of them is told first about HTML and CSS, the lines that ask for front-end code.
    const cv = [
      'Jane Doe',
      'Product Designer',
      '',
      'Experience',
      'Product Designer, Acme (2019 - 2024)',
      '- Designed onboarding flows in Figma and Sketch; ran usability tests with 20 customers',
      '',
      'Skills: Figma, Sketch, user research, wireframing',
    ].join('\n');
    const jd = readFileSync('eval/corpus/jd/jd-084-design-en.html', 'utf8');
    expect(ad('jd-084-design-en.html').must.slice(0, 2)).toEqual(['android', 'ios']);
    const { report } = buildOfflineReport({ cv, jd, now: new Date('2025-01-15T12:00:00Z') });
    expect(report.fitScore.summary).toContain('Missing: HTML, CSS, jQuery');
    expect(report.positioning.risks[0].risk).toBe('HTML is required and not on your CV');
    expect(report.concepts.slice(0, 2).map((c) => c.skill)).toEqual(['HTML', 'CSS']);
  });

  it('tell a must-have read from a duty as one the ad may require, quoting the line to check', () => {
    const cv = [
      'John Roe',
      'Backend Developer',
      '',
      'Experience',
      'Backend Developer, Beta (2018 - 2024)',
      '- Built Python and Django services handling 2 million requests a day',
      '',
      'Skills: Python, Django, PostgreSQL, Git',
    ].join('\n');
    const jd = readFileSync('eval/corpus/jd/jd-295-java-developer-en.md', 'utf8');
    const { report } = buildOfflineReport({ cv, jd, now: new Date('2025-01-15T12:00:00Z') });
    const risks = report.positioning.risks;
    // The title's trade is told as required; a practice its duties name is not.
    expect(risks[0].risk).toBe('Java is required and not on your CV');
    const scrum = risks.find((r) => r.risk.startsWith('Scrum'));
    expect(scrum?.risk).toBe('Scrum may be required and is not on your CV');
    expect(scrum?.mitigation).toContain('"Participate in agile development process (SCRUM)"');
  });
});
