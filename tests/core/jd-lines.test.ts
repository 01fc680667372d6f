// The trained JD line classifier (data/models/jd-lines.json): the file validates, it reads real corpus lines
// of each class the way the hand labels do, it knows headings in six languages, and retraining from the
// committed labels (eval/corpus/lines) gives the committed model back, byte for byte.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelJson, trainFromLabels } from '../../scripts/jd-lines/train.ts';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd } from '../../src/core/profile/jd.ts';
import {
  checkLineModel,
  classifyLines,
  LINE_MODEL_FILE,
  type LineClass,
  LineModel,
  lineClassifier,
} from '../../src/core/profile/jd-lines.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const model = lineClassifier();
const corpus = (name: string) => normaliseText(readFileSync(join('eval/corpus/jd', name), 'utf8'));

/** The class of the first line of a document that contains `needle`. */
function classOf(text: string, needle: string, language = 'en'): LineClass {
  if (!model) throw new Error('no model');
  const hit = classifyLines(cleanDocument(text).text, language, tx, model).find((r) => r.line.text.includes(needle));
  if (!hit) throw new Error(`no line with "${needle}"`);
  return hit.cls;
}

describe('the model file', () => {
  it('validates against its schema, within its size budget, with every class', () => {
    expect(checkLineModel().problems).toEqual([]);
    const m = LineModel.parse(JSON.parse(readFileSync(LINE_MODEL_FILE, 'utf8')));
    expect(m.rows.length).toBeGreaterThan(100);
    expect(model).not.toBeNull();
  });

  it('rejects a model whose rows do not match its classes', () => {
    const m = JSON.parse(readFileSync(LINE_MODEL_FILE, 'utf8'));
    m.rows.push(['w:broken', 1, 2]);
    expect(LineModel.safeParse(m).success).toBe(false);
  });

  it('retraining from the committed line labels reproduces the committed model', () => {
    expect(modelJson(trainFromLabels(tx))).toBe(readFileSync(LINE_MODEL_FILE, 'utf8'));
  }, 120_000);
});

describe('real corpus lines', () => {
  const sg = corpus('jd-003-recruiting-en.md');
  it('requirements and nice-to-haves', () => {
    expect(classOf(sg, '3+ years of demonstrated experience with full-cycle technical recruiting')).toBe('must');
    expect(classOf(sg, 'Experience as a software developer.')).toBe('nice');
    expect(classOf(corpus('jd-013-backend-en.md'), 'Experience using Postgres and Redis.')).toBe('nice');
  });

  it('benefits, equal-opportunity and soft-skill lines are not must-haves', () => {
    const notRequired = (cls: LineClass) => expect(['must', 'nice']).not.toContain(cls);
    notRequired(classOf(sg, 'We provide competitive compensation and practical benefits'));
    notRequired(classOf(sg, 'Sourcegraph is an equal opportunity workplace'));
    notRequired(classOf(corpus('jd-022-design-en.md'), 'CDS invites all applicants regardless of race'));
    notRequired(classOf(corpus('jd-022-design-en.md'), 'At CDS, we don’t just accept difference'));
    expect(classOf(corpus('jd-022-design-en.md'), 'CDS invites all applicants regardless of race')).toBe('legal');
    expect(classOf(sg, 'Excellent written communication and attention to detail')).toBe('soft');
    expect(classOf(corpus('jd-017-recruiting-en.md'), 'Be flexible and have a growth mindset')).toBe('soft');
  });

  it('projects you might work on are duties, the interview steps are the process', () => {
    expect(classOf(corpus('jd-005-bizops-en.md'), 'Leading a deep-dive into retention users')).toBe('resp');
    expect(classOf(sg, 'We ask you to complete a project.')).toBe('process');
  });

  it('French and Italian ads', () => {
    const fr = corpus('jd-037-frontend-fr.md');
    expect(classOf(fr, 'Compétences et habiletés avec des cadres JavaScript', 'fr')).toBe('must');
    expect(classOf(fr, 'Écouter et aider les employés', 'fr')).toBe('resp');
    const it = corpus('jd-044-security-it.md');
    expect(classOf(it, 'Forte esperienza con crittografia applicata', 'it')).toBe('must');
    expect(classOf(it, 'Fino a 100.000 euro', 'it')).toBe('logistics');
  });
});

describe('real lines from employers the hand rules were not written for (corpus batch 2)', () => {
  it('a "Nice to Have" list is nice, a "Why Join" paragraph and an equal-opportunity line are not requirements', () => {
    const civitai = corpus('jd-076-qa-en.md');
    expect(classOf(civitai, 'Experience with automated testing tools')).toBe('nice');
    expect(classOf(civitai, 'Basic understanding of version control systems')).toBe('must');
    expect(classOf(civitai, 'Civitai is a fully remote company')).toBe('benefits');
    expect(classOf(corpus('jd-049-marketing-en.md'), 'Crunch is an Equal Opportunity Employer')).toBe('legal');
  });

  it('"Key objectives" are duties, travel is logistics', () => {
    const tts = corpus('jd-060-fraud-analyst-en.md');
    expect(classOf(tts, 'Support Login.gov incident response')).toBe('resp');
    expect(classOf(tts, 'Occasional travel may be required')).toBe('logistics');
  });

  it('a bare "REQUIRED" heading still announces requirements', () => {
    const hackclub = corpus('jd-071-customer-success-en.md');
    expect(classOf(hackclub, 'Software savvy: Experienced in Google Docs')).toBe('must');
    expect(classOf(hackclub, 'Terrific written and verbal communication skills')).toBe('soft');
  });

  it('Spanish: "nos gustaría que te defendieras en …" introduces nice-to-haves, "Experiencia con …" is required', () => {
    const osoco = corpus('jd-074-developer-es.md');
    // As the report reads it: the DevOps fields the ad "would like" are nice-to-haves, agile methods a must.
    const jd = parseJd(osoco, tx);
    for (const id of ['linux', 'puppet', 'aws']) {
      expect(jd.nice).toContain(id);
      expect(jd.must).not.toContain(id);
    }
    expect(jd.must).toContain('agile');
    expect(classOf(osoco, 'Experiencia con metodologías ágiles', 'es')).toBe('must');
    expect(['must', 'nice']).not.toContain(classOf(osoco, 'Contrato indefinido', 'es'));
  });
});

describe('headings it has seen little or never, through the heading rule it uses as a feature', () => {
  const ad = (heading: string, line: string) =>
    `# Backend Engineer\n\nAcme builds payroll software for small shops.\n\n## ${heading}\n\n- ${line}\n`;
  it.each([
    ['Nice to have', 'Experience with Rust', 'nice'],
    ['Bonus points', 'Experience with Rust', 'nice'],
    ['Preferred qualifications', 'Experience with Rust', 'nice'],
    ['Requirements', 'Experience with Rust', 'must'],
    ['Requisiti', 'Esperienza con Java', 'must'],
    ['Costituisce titolo preferenziale', 'Conoscenza di Kubernetes', 'nice'],
    ['Ce que nous offrons', 'Quatre semaines de vacances', 'benefits'],
    ['Was du mitbringst', 'Erfahrung mit Python', 'must'],
    ['Wir bieten', '30 Tage Urlaub', 'benefits'],
    ['Requisitos', 'Experiencia con Java', 'must'],
    ['Deseable', 'Conocimiento de Kubernetes', 'nice'],
    ['O que oferecemos', 'Plano de saúde', 'benefits'],
    ['Requisitos', 'Experiência com Java', 'must'],
  ] as const)('"%s" → %s is %s', (heading, line, cls) => {
    expect(classOf(ad(heading, line), line)).toBe(cls);
  });
});

describe('parseJd with the classifier', () => {
  it('keeps the nice-to-haves of a "Nice-to-haves" section out of the must-haves', () => {
    const jd = parseJd(corpus('jd-013-backend-en.md'), tx);
    expect(jd.must).toContain('go');
    expect(jd.nice).toEqual(expect.arrayContaining(['postgresql', 'redis']));
    expect(jd.must).not.toContain('postgresql');
  });

  it('reads the same ad with the rules alone when asked', () => {
    const jd = parseJd(corpus('jd-013-backend-en.md'), tx, { lines: null });
    expect(jd.must).toContain('go');
  });
});
