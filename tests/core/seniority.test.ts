// The level an ad is pitched at, from its title and, when the title is silent, from its body.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd, yearsIn } from '../../src/core/profile/jd.ts';
import { detectSeniority, readSeniority } from '../../src/core/profile/seniority.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const corpusJd = (name: string) => parseJd(normaliseText(readFileSync(`eval/corpus/jd/${name}`, 'utf8')), tx);

describe('seniority', () => {
  it('takes the level the title names first', () => {
    expect(detectSeniority('Senior / Principal Software Developer (Python)', undefined)).toBe('senior');
    expect(detectSeniority('Head of Customer Support', undefined)).toBe('staff');
    expect(detectSeniority('People Operations Coordinator', undefined)).toBe('junior');
    // A coordinator asked for years of experience is not an entry hire (jd-145, "Administrative Coordinator", 4 years:
    // labelled mid); an intern or a junior stays one whatever the years.
    expect(detectSeniority('Administrative Coordinator', 4)).toBe('mid');
    expect(detectSeniority('Junior Data Analyst', 3)).toBe('junior');
    expect(detectSeniority('Développeur·se principal·e de logiciels frontaux', undefined, 'fr')).toBe('senior');
  });

  it('reads "first experience" as an entry-level ask where the ad names no years ("erste (oder mehr) Erfahrungen", jd-238)', () => {
    const ad = corpusJd('jd-238-business-developer-de.md');
    expect([ad.seniority, ad.seniorityFrom]).toEqual(['junior', 'body']);
    expect(readSeniority('Account Manager', undefined, 'fr', 'Vous avez une première expérience en vente B2B.').level).toBe('junior');
    // With years asked, the years decide: "Mindestens 4-5 Jahre …; erste Erfahrung mit einem Betriebsrat von Vorteil".
    expect(corpusJd('jd-157-works-council-assistant-de.md').seniority).not.toBe('junior');
  });

  it('reads a level restated in the body of a real ad ("Senior Interaction Designer, with strong front-end dev skills")', () => {
    expect(corpusJd('jd-023-design-frontend-en.md').seniority).toBe('senior');
  });

  it('reads prior management experience as a senior hire (a real ad: "2+ years as a team leader or manager")', () => {
    expect(corpusJd('jd-007-tech-ops-en.md').seniority).toBe('senior');
  });

  it('does not take the people the hire works with for the hire', () => {
    const text = 'You will pair with senior engineers and learn our stack. You enjoy learning.';
    expect(detectSeniority('Software Engineer', undefined, 'en', text)).toBe('mid');
  });

  it('reads entry-level wording and stated years when the title says nothing', () => {
    expect(detectSeniority('Data Analyst', undefined, 'en', 'This is an entry-level role: training is provided.')).toBe('junior');
    expect(detectSeniority('Data Analyst', 5, 'en', '')).toBe('senior');
    const jd = parseJd('Data Engineer\n\nAcme builds data tools.\n\nYou bring 6 years of experience with Python and SQL.', tx);
    expect(jd.seniority).toBe('senior');
  });

  it('reads entry-level wording in German, French and Spanish ads (corpus jd-132: "Berufseinsteiger*innen sind herzlich willkommen")', () => {
    const de = readFileSync('eval/corpus/jd/jd-132-community-de.md', 'utf8');
    const jd = parseJd(de, tx);
    expect(jd.seniority).toBe('junior');
    expect(jd.seniorityFrom).toBe('body');
    expect(detectSeniority('Chargé de projet', undefined, 'fr', 'Les jeunes diplômés sont les bienvenus.')).toBe('junior');
    expect(detectSeniority('Analista', undefined, 'es', 'Buscamos recién egresados con ganas de aprender.')).toBe('junior');
  });

  it('takes the lower bound of a range written with "and" in any language ("entre 5 y 10 años", corpus jd-074)', () => {
    const jd = parseJd(readFileSync('eval/corpus/jd/jd-074-developer-es.md', 'utf8'), tx);
    expect(jd.seniority).toBe('senior');
    expect(yearsIn('between 3 and 5 years of experience')).toBe(3);
    expect(yearsIn('tra 3 e 5 anni di esperienza')).toBe(3);
  });

  it('needs more than one passing leadership word', () => {
    expect(detectSeniority('Backend Engineer', undefined, 'en', 'You will mentor interns now and then.')).toBe('mid');
    expect(
      detectSeniority('Backend Engineer', undefined, 'en', 'You will mentor engineers and set the technical direction of the team.'),
    ).toBe('senior');
  });

  it('reads entry-level sales titles and associates as junior, an associate director not', () => {
    expect(detectSeniority('Sales Development Representative', undefined)).toBe('junior');
    expect(detectSeniority('HCB Operations Associate', undefined)).toBe('junior');
    expect(detectSeniority('Associate Director of Engineering', undefined)).not.toBe('junior');
  });

  it('reads a US federal grade over "one year at the next lower grade" (a real TTS ad)', () => {
    expect(corpusJd('jd-066-devops-en.html').seniority).toBe('senior');
    expect(detectSeniority('IT Specialist', 1, 'en', 'This position is advertised at GS-12.')).toBe('mid');
  });

  it('reads the grade from a job template\'s own field (TTS front matter "gs: 14"), not from the template\'s instructions', () => {
    const fraud = corpusJd('jd-060-fraud-analyst-en.md');
    expect(fraud.seniority).toBe('senior');
    expect(fraud.seniorityFrom).toBe('grade');
    // An empty field ("gs: ") says nothing.
    expect(corpusJd('jd-061-data-analyst-en.md').seniorityFrom).not.toBe('grade');
  });
});

describe('level words and grades in titles, in the languages ads are written in', () => {
  it.each([
    ['Software Engineer I', 'en', 'junior'],
    ['Software Engineer II', 'en', 'mid'],
    ['Software Engineer III', 'en', 'senior'],
    ['New Grad Software Engineer', 'en', 'junior'],
    ['Software Engineer, Early Career', 'en', 'junior'],
    ['Senior Associate', 'en', 'senior'],
    ['Senior Staff Engineer', 'en', 'staff'],
    ['Werkstudent Marketing', 'de', 'junior'],
    ['Ausbildung Fachinformatiker', 'de', 'junior'],
    ['Duales Studium Informatik', 'de', 'junior'],
    ['Junior-Entwickler (m/w/d)', 'de', 'junior'],
    ['Desenvolvedor Júnior', 'pt', 'junior'],
    ['Desenvolvedor Pleno', 'pt', 'mid'],
    ['Desenvolvedor Sênior', 'pt', 'senior'],
    ['Desarrollador Semi-Senior', 'es', 'mid'],
    ['Desarrollador Ssr', 'es', 'mid'],
    ['Développeur confirmé', 'fr', 'senior'],
    ['Alternant développeur', 'fr', 'junior'],
    ['Medior Developer', 'en', 'mid'],
  ] as const)('"%s" (%s) is %s', (title, language, level) => {
    expect(readSeniority(title, undefined, language, '').level).toBe(level);
  });
});

describe('a level the ad states while hiring', () => {
  it.each([
    ['We are hiring an experienced Site Reliability Engineer to help expand our platform.', 'senior'],
    ['This position is for a Lead Engineer in the Infrastructure team.', 'senior'],
    ['MUI now needs to recruit a Senior Account Executive who can lead the transition to outbound sales.', 'senior'],
    ['We are looking for a junior developer who wants to learn.', 'junior'],
  ] as const)('"%s" → %s', (body, level) => {
    expect(readSeniority('Engineer', undefined, 'en', body).level).toBe(level);
  });
});
