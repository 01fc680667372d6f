// Must-have and nice-to-have lists under the headings ads really use, in seven languages and three heading styles
// (Markdown, "Heading:", bold): the nice-to-haves never become must-haves, and an ad in a language the reader does
// not know says so.
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { parseJd } from '../../src/core/profile/jd.ts';
import { unknownLanguageOf } from '../../src/core/profile/language.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();

const LINES = {
  en: [
    ['Experience with Python and Django', 'Solid SQL skills'],
    ['Kubernetes experience', 'Familiarity with GraphQL'],
  ],
  de: [
    ['Erfahrung mit Python und Django', 'Sehr gute SQL-Kenntnisse'],
    ['Erfahrung mit Kubernetes', 'Kenntnisse in GraphQL'],
  ],
  fr: [
    ['Maîtrise de Python et Django', 'Bonne connaissance de SQL'],
    ['Expérience avec Kubernetes', 'Connaissance de GraphQL'],
  ],
  es: [
    ['Experiencia con Python y Django', 'Conocimientos de SQL'],
    ['Experiencia con Kubernetes', 'Conocimientos de GraphQL'],
  ],
  pt: [
    ['Experiência com Python e Django', 'Conhecimento de SQL'],
    ['Experiência com Kubernetes', 'Conhecimento de GraphQL'],
  ],
  it: [
    ['Esperienza con Python e Django', 'Conoscenza di SQL'],
    ['Esperienza con Kubernetes', 'Conoscenza di GraphQL'],
  ],
  nl: [
    ['Ervaring met Python en Django', 'Kennis van SQL'],
    ['Ervaring met Kubernetes', 'Kennis van GraphQL'],
  ],
} as const;

const HEADINGS: [keyof typeof LINES, string, string][] = [
  ['en', "What we're looking for", 'Bonus points'],
  ['en', "You'll thrive if you have", "It's a plus if"],
  ['en', 'Skills & experience', 'Ideally you also have'],
  ['en', 'About you', 'Even better if you have'],
  ['en', 'What you bring', 'Nice to haves'],
  ['en', 'Minimum qualifications', 'Preferred qualifications'],
  ['en', 'Who you are', 'Extra credit'],
  ['en', 'The skills you need', "You'll stand out with"],
  ['en', 'Essential criteria', 'Desirable criteria'],
  ['en', 'Your profile', 'Good to have'],
  ['en', 'Must have', 'Not required, but helpful'],
  ['en', 'Requirements', 'Pluses'],
  ['en', 'Qualifications', 'Additional qualifications'],
  ['en', 'We expect', 'We would love'],
  ['de', 'Das bringst du mit', 'Wünschenswert'],
  ['de', 'Ihr Profil', 'Von Vorteil'],
  ['de', 'Anforderungen', 'Idealerweise bringst du mit'],
  ['fr', 'Profil recherché', 'Serait un plus'],
  ['fr', 'Compétences requises', 'Atouts'],
  ['fr', 'Votre profil', 'Ce qui fera la différence'],
  ['es', 'Requisitos', 'Se valorará'],
  ['es', 'Lo que buscamos', 'Deseable'],
  ['pt', 'Requisitos obrigatórios', 'Diferenciais'],
  ['pt', 'O que procuramos', 'Será um plus'],
  ['it', 'Requisiti', 'Costituisce titolo preferenziale'],
  ['it', 'Cosa cerchiamo', 'Gradito'],
  ['nl', 'Wat we vragen', 'Een pré'],
  ['nl', 'Wie ben jij', 'Pré'],
];

const STYLES = {
  markdown: (h: string) => `## ${h}`,
  colon: (h: string) => `${h}:`,
  bold: (h: string) => `**${h}**`,
};

describe('must-have and nice-to-have headings', () => {
  for (const [style, head] of Object.entries(STYLES))
    it.each(HEADINGS)(`${style}: [%s] "%s" / "%s"`, (lang, mustHeading, niceHeading) => {
      const [must, nice] = LINES[lang];
      const text = [
        '# Backend Developer',
        '',
        'Acme is a small company building tools for farmers.',
        '',
        '## What you will do',
        '- Build APIs for our mobile app',
        '',
        head(mustHeading),
        ...must.map((l) => `- ${l}`),
        '',
        head(niceHeading),
        ...nice.map((l) => `- ${l}`),
      ].join('\n');
      const jd = parseJd(normaliseText(text), tx);
      expect(jd.must).toEqual(expect.arrayContaining(['python', 'django', 'sql']));
      expect(jd.must).not.toContain('kubernetes');
      expect(jd.must).not.toContain('graphql');
      expect(jd.nice).toEqual(expect.arrayContaining(['kubernetes', 'graphql']));
    });
});

describe('an ad in a language the reader does not know', () => {
  const dutch = [
    '# Backend developer',
    'Wij zoeken een ervaren backend developer voor ons team in Amsterdam. Je werkt aan onze API en je bent',
    'verantwoordelijk voor de kwaliteit van de code. Het team is klein en je werkt nauw samen met de product owner.',
    '## Wat wij vragen',
    '- Ervaring met Python en Django, kennis van SQL',
    '## Wat bieden wij',
    '- Een goed salaris en veel vrijheid. Ook kun je thuiswerken.',
    'Solliciteer via onze website, wij nemen dan snel contact met je op. Deze vacature is voor een fulltime functie.',
  ].join('\n');

  it('says so in the reading notes, naming the language when it can', () => {
    expect(unknownLanguageOf(dutch)).toBe('Dutch');
    const jd = parseJd(normaliseText(dutch), tx);
    expect(jd.notes.join(' ')).toMatch(/written in Dutch, which prep-bot cannot read yet/);
    expect(jd.must).toEqual(expect.arrayContaining(['python', 'django', 'sql']));
  });

  it('leaves English ads and the languages it reads alone', () => {
    const english = dutch
      .replace(/Wij zoeken.*\n.*\n/, 'We are looking for an experienced backend developer to join our team. You will work on our API.\n')
      .replace(/Solliciteer.*$/, 'Apply on our website and we will get back to you within a week. This is a full-time position.');
    expect(unknownLanguageOf(`${english}\n${'You will work with the team and the product owner on the API. '.repeat(5)}`)).toBeUndefined();
    const french = `Nous recherchons un développeur pour notre équipe. ${'Vous travaillerez avec les équipes produit et la direction sur les API et la qualité du code. '.repeat(5)}`;
    expect(unknownLanguageOf(french)).toBeUndefined();
  });
});
