// Must-have and nice-to-have lists under the headings ads really use, in seven languages and three heading styles
// (Markdown, "Heading:", bold): the nice-to-haves never become must-haves, and an ad in a language the reader does
// not know says so.
import { readFileSync } from 'node:fs';
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
  // A made-up ad written in Dutch for this test (tests/fixtures/jd/dutch-backend.md).
  const dutch = readFileSync('tests/fixtures/jd/dutch-backend.md', 'utf8');

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

describe('requirements written as prose, inline cues and things an ad does not ask for', () => {
  // [case, body, required, never required, optional]
  const CASES: [string, string, string[], string[], string[]][] = [
    [
      'English prose',
      'We are hiring a backend developer. You have at least three years of experience with Go and PostgreSQL. Experience with Kafka is a plus. You will build our payments API.',
      ['go', 'postgresql'],
      ['kafka'],
      ['kafka'],
    ],
    [
      'German prose',
      'Wir suchen einen Backend-Entwickler. Du hast mindestens drei Jahre Erfahrung mit Java und Spring. Kenntnisse in Kafka sind von Vorteil. Du entwickelst unsere Zahlungs-API weiter und arbeitest eng mit dem Team zusammen.',
      ['java', 'spring'],
      ['kafka'],
      ['kafka'],
    ],
    [
      'French prose',
      "Nous recherchons un développeur backend. Vous maîtrisez Java et Spring. Une expérience avec Kafka serait un plus. Vous développerez notre API de paiement au sein d'une équipe de cinq personnes.",
      ['java', 'spring'],
      ['kafka'],
      ['kafka'],
    ],
    [
      'Spanish prose',
      'Buscamos un desarrollador backend. Tienes experiencia con Java y Spring. Se valorará experiencia con Kafka. Desarrollarás nuestra API de pagos con un equipo de cinco personas.',
      ['java', 'spring'],
      ['kafka'],
      ['kafka'],
    ],
    [
      'Portuguese prose',
      'Procuramos uma pessoa desenvolvedora backend. Você tem experiência com Java e Spring. Experiência com Kafka é um diferencial. Você vai desenvolver nossa API de pagamentos junto a um time de cinco pessoas.',
      ['java', 'spring'],
      ['kafka'],
      ['kafka'],
    ],
    [
      'Italian prose',
      'Cerchiamo uno sviluppatore backend. Hai esperienza con Java e Spring. Costituisce titolo preferenziale la conoscenza di Kafka. Svilupperai la nostra API dei pagamenti con un team di cinque persone.',
      ['java', 'spring'],
      ['kafka'],
      ['kafka'],
    ],
    [
      "the company's own stack",
      'About us\nWe build with React, TypeScript and Go on AWS.\n\nRequirements\n- 3+ years of Python\n- Experience with Django',
      ['python', 'django'],
      ['react', 'go', 'aws'],
      [],
    ],
    [
      'a stack section',
      'Requirements\n- 3+ years of Python\n- Experience with Django\n\nOur stack\n- React, TypeScript, Go, AWS',
      ['python', 'django'],
      ['react', 'go', 'aws'],
      [],
    ],
    [
      'a benefit naming a skill',
      'Requirements\n- 3+ years of Python\n\nWhat we offer\n- A learning budget for AWS certifications',
      ['python'],
      ['aws'],
      [],
    ],
    [
      'optional inline',
      'Requirements\n- Strong Python\n- Docker (a plus)\n- Terraform knowledge is nice to have\n- Bonus: experience with Rust',
      ['python'],
      ['docker', 'terraform', 'rust'],
      ['docker', 'terraform', 'rust'],
    ],
    [
      'not asked for',
      "Requirements\n- JavaScript\n- No Kubernetes experience required, we'll teach you",
      ['javascript'],
      ['kubernetes'],
      [],
    ],
    [
      'what you will learn',
      "## Requirements\n- JavaScript\n\n## You'll learn\n- Kubernetes and Terraform from our platform team",
      ['javascript'],
      ['kubernetes', 'terraform'],
      [],
    ],
    ['alternatives', 'Requirements\n- Experience with either React or Vue\n- CSS', ['react', 'vue', 'css'], [], []],
  ];
  it.each(CASES)('%s', (_name, body, required, never, optional) => {
    const jd = parseJd(normaliseText(`# Backend Developer at Acme\n\n${body}`), tx);
    expect(jd.must).toEqual(expect.arrayContaining(required));
    for (const id of never) expect(jd.must).not.toContain(id);
    expect(jd.nice).toEqual(expect.arrayContaining(optional));
  });

  it('reads years written as words in the ad languages', () => {
    const jd = parseJd(
      normaliseText('# Backend-Entwickler\n\nDu hast mindestens drei Jahre Erfahrung mit Java und Spring und arbeitest gern im Team.'),
      tx,
    );
    expect(jd.minYears).toBe(3);
  });
});

describe('a requirement worded as optional under a requirements heading', () => {
  it.each([
    'Experience with Kafka is a bonus',
    'Familiarity with Kafka would help',
    'Kafka knowledge appreciated',
    'Extra points for Kafka experience',
    'Any experience with Kafka is welcome',
    'You might also have worked with Kafka',
    'Preferably with Kafka experience',
    "We'd be delighted if you know Kafka",
    'Desired: Kafka',
    'Plus: Kafka',
    'Kenntnisse in Kafka sind ein Plus',
    'Kafka-Kenntnisse wären schön',
    'Idéalement, vous connaissez Kafka',
    'Une expérience avec Kafka serait appréciée',
    'Valoraremos experiencia con Kafka',
    'Conhecimento em Kafka é um diferencial',
    'Seria ótimo se você conhecesse Kafka',
    'Costituisce un vantaggio la conoscenza di Kafka',
  ])('"%s" is a nice-to-have', (line) => {
    const jd = parseJd(
      normaliseText(`# Backend Developer\n\nAcme builds tools.\n\n## Requirements\n- Experience with Python\n- ${line}\n`),
      tx,
    );
    expect(jd.must).toContain('python');
    expect(jd.must).not.toContain('kafka');
    expect(jd.nice).toContain('kafka');
  });

  it('a preference inside a required line keeps it required: "major cloud providers (preferably AWS)"', () => {
    const line = 'Experience in developing, deploying, and operating services using major cloud providers (preferably AWS).';
    const jd = parseJd(normaliseText(`# SRE\n\n## Requirements\n- ${line}\n`), tx);
    expect(jd.must).toContain('aws');
  });
});
