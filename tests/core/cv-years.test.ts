// Years of experience on real CVs of the corpus (dev documents): shapes the first reader read as "0 years".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCv, statedYears } from '../../src/core/profile/cv.ts';
import { periodOf } from '../../src/core/profile/cv-dates.ts';
import { structuredCvText } from '../../src/core/profile/cv-structured.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const cvOf = (name: string, asOf: string) =>
  parseCv(normaliseText(readFileSync(`eval/corpus/cv/${name}`, 'utf8')), tx, new Date(`${asOf}-15T12:00:00Z`));

describe('years on real CVs', () => {
  it('reads roles written as nested bullets with their dates ("* Data Engineer (July 2025 - Present)")', () => {
    const cv = cvOf('cv-049-data-engineer.md', '2025-07');
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBeGreaterThanOrEqual(7);
    expect(cv.years).toBeLessThanOrEqual(9);
    expect(cv.roles.find((r) => /Data Science Intern/.test(r.line))?.minor).toBe(true);
  });

  it('gives a role whose dates are a nested bullet of their own ("  * Nov 2018 - present") those dates', () => {
    const cv = cvOf('cv-073-finance-to-data.md', '2018-11');
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBeGreaterThanOrEqual(5);
    expect(cv.years).toBeLessThanOrEqual(6);
    // The role is the bullet above the dates, not the city between them.
    expect(cv.roles.map((r) => r.title)).toContain('Financial Analyst');
    expect(cv.roles.map((r) => r.title)).not.toContain('New York');
  });

  it('reads German month names ("Juli 2016 – Mai 2018") in a JSON résumé', () => {
    const cv = cvOf('cv-068-product-manager-de.json', '2023-10');
    expect(cv.roles).toHaveLength(3);
    // 7 from the dates; the CV also states its total ("über 8 Jahren Erfahrung"), which wins.
    expect(cv.years).toBe(8);
  });

  it('reads "from 2021 …" as a role still held, and does not count a parental leave as work', () => {
    const cv = cvOf('cv-072-economist-pdf.txt', '2024-11');
    expect(cv.roles.find((r) => /^from 2021/.test(r.line))).toBeDefined();
    expect(cv.roles.find((r) => /Parental Leave/.test(r.line))?.minor).toBe(true);
    expect(cv.years).toBeGreaterThanOrEqual(6);
  });

  it("reads a CV kept as data in a site's source, one field per line (TypeScript, YAML, TOML)", () => {
    // corpus cv-074: a TypeScript array of JSON-Resume-like objects ("startDate: '2018-05-01'", no endDate for the current job).
    const ts = cvOf('cv-074-support-to-developer.txt', '2025-11');
    expect(ts.yearsStated).toBe(true);
    expect(ts.years).toBe(7);
    expect(ts.roles.map((r) => r.title)).toContain('Technical Support Specialist');
    const yaml = parseCv(
      'name: Pat Doe\nwork:\n  - company: Acme\n    position: Engineer\n    startDate: 2019-01\n    endDate: 2021-06\n  - company: Beta\n    position: Lead Engineer\n    startDate: "2021-07"\neducation:\n  - institution: MIT\n    studyType: BSc\n    startDate: 2012-09\n    endDate: 2016-06\n',
      tx,
      new Date('2024-07-15T12:00:00Z'),
    );
    // Study dates are not work: 2019-01 to now, not from 2012.
    expect(yaml.years).toBe(5);
    const toml = parseCv(
      'title = "CV"\n\n[[experience]]\nrole = "Analyst"\ncompany = "Gamma"\nstart = "2015-03"\nend = "2018-02"\n\n[[education]]\nschool = "Uni"\nstart = "2010-09"\nend = "2014-06"\n',
      tx,
      new Date('2024-07-15T12:00:00Z'),
    );
    expect(toml.years).toBe(3);
  });

  it('reads a job written as its own heading under "## Experience", with its dates on the next line, in common formats', () => {
    const forms = [
      'Jan 2019 –',
      '2019 – now',
      '2019 - ongoing',
      'Since Jan 2019',
      '2019–Present',
      'January 2019 - Current',
      '01.2019 – 03.2021',
      '2019/01 - 2021/03',
      'Jan. 2019 – Mar. 2021',
      'Q1 2019 – Q3 2021',
      'Sept 2019 - June 2021',
      'from Jan 2019 to Mar 2021',
      '2019 — 2021',
      'March 2019 to present',
      '03/19 - 05/21',
      'January 1, 2019 – March 31, 2021',
      '2019-01-15 to 2021-03-31',
      'Jan/2019 - Mar/2021',
      'June 2019 – to date',
      'enero de 2019 - marzo de 2021',
    ];
    for (const dates of forms)
      for (const cv of [
        `Pat Doe\n\n## Experience\n\n### Content Designer, Acme\n${dates}\n- Wrote the style guide\n`,
        `Pat Doe\n\n## Experience\n\n**Content Designer**\nAcme, ${dates}\n- Wrote the style guide\n`,
      ]) {
        const read = parseCv(cv, tx, new Date('2023-06-15T12:00:00Z'));
        expect(read.yearsStated, `${dates} in ${cv}`).toBe(true);
        expect(read.years, dates).toBeGreaterThanOrEqual(1);
      }
    // A section of its own after the jobs ("Leadership & Community") is not one more job.
    const side = parseCv(
      'Pat Doe\n\n## Experience\n\n### Engineer, Acme\nJan 2020 – Present\n\n## Community\n\n### Meetup organiser\nJan 2010 – Present\n',
      tx,
      new Date('2023-06-15T12:00:00Z'),
    );
    expect(side.years).toBe(3);
  });

  it('takes a total stated in the words people use ("15 years\' experience", "a journalist for 8 years", "Years of experience: 11")', () => {
    const cases: [string, number][] = [
      ["15 years' experience in journalism and editing.", 15],
      ['I have been writing professionally for eight years.', 8],
      ['More than twenty years in newsrooms.', 20],
      ['A journalist for 8 years', 8],
      ['Years of experience: 11', 11],
      ['Über 8 Jahre Berufserfahrung im Marketing.', 8],
      ["Plus de 12 ans d'expérience", 12],
      ['Más de 5 años de experiencia', 5],
      ['7 anni di esperienza nel settore.', 7],
      ['Mais de 9 anos de experiência', 9],
      ['Journalist. Twelve years in newsrooms across Europe.', 12],
      ['5 years as a software engineer, then a move to content.', 5],
    ];
    for (const [line, years] of cases) {
      const cv = parseCv(
        `Pat Doe\nSenior Content Designer\n\n${line}\n\n## Skills\nWriting, Figma\n`,
        tx,
        new Date('2025-09-15T12:00:00Z'),
      );
      expect(cv.yearsStated, line).toBe(true);
      expect(cv.years, line).toBe(years);
    }
    // A place or a streak is not a career: "two years in Berlin", "three years in a row".
    for (const line of ['I spent two years in Berlin.', 'Three years in a row I won the award.'])
      expect(parseCv(`Pat Doe\n\n${line}\n`, tx, new Date('2025-09-15T12:00:00Z')).yearsStated, line).toBe(false);
  });

  it('counts a PhD researcher as employed research, not study', () => {
    expect(cvOf('cv-046-vision-researcher.json', '2023-12').years).toBe(6);
  });

  it('reads a home-made JSON résumé whose keys have spaces ("work experience")', () => {
    const cv = cvOf('cv-047-computer-engineer-grad.json', '2023-12');
    expect(cv.roles.length).toBeGreaterThan(0);
    expect(cv.yearsStated).toBe(true);
  });

  it('ends a role dated in the future ("Apr 2019 – Sep 2029") when the next one starts', () => {
    const cv = cvOf('cv-042-java-developer.json', '2025-12');
    expect(cv.years).toBeLessThanOrEqual(5);
    expect(cv.years).toBeGreaterThanOrEqual(3);
  });

  it('keeps reading a job after its sub-headings ("Responsibilities:", "What is Yarden?")', () => {
    const cv = cvOf('cv-063-designer.txt', '2023-01');
    expect(cv.roles.length).toBeGreaterThanOrEqual(3);
    expect(cv.years).toBeGreaterThanOrEqual(5);
  });

  it('reads periods written with other dashes and with the words for "to" and "now" in seven languages', () => {
    const forms = [
      ['2015 ‒ 2019', 4],
      ['2015 − 2019', 4],
      ['2015 through 2019', 4],
      ['2015 à 2019', 4],
      ['de 2015 a 2019', 4],
      ['von 2015 bis 2019', 4],
      ['2015 até 2019', 4],
      ['2015 - hoy', 8],
      ['2015 – en curso', 8],
      ['2015 hasta la actualidad', 8],
      ['2015 – jetzt', 8],
      ['2015 - aktuell', 8],
      ["2015 à aujourd'hui", 8],
      ['2015 - en cours', 8],
      ['2015 - attuale', 8],
      ['de 2015 até hoje', 8],
      ['2015 onwards', 8],
      // Dutch months and open ends, Portuguese "o momento atual", German "ab", a spaced slash between two years.
      ['januari 2015 – maart 2019', 4],
      ['mei 2015 – heden', 8],
      ['2015 – nu', 8],
      ['sinds 2015', 8],
      ['ab 2015', 8],
      ['a partir de 2015', 8],
      ['2015 – o momento atual', 8],
      ['2015 / 2019', 4],
    ] as const;
    for (const [dates, years] of forms)
      for (const cv of [
        `Pat Doe\n\n## Experience\n\n### Reporter, The Daily\n${dates}\n- Wrote stories\n`,
        `Pat Doe\n\n## Experience\n\n| Role | Org | Dates |\n|---|---|---|\n| Reporter | The Daily | ${dates} |\n`,
        `Pat Doe\n\n## Experience\n\n- Reporter, The Daily (${dates})\n  - Wrote stories\n`,
      ]) {
        const read = parseCv(cv, tx, new Date('2023-06-15T12:00:00Z'));
        expect(read.years, `${dates} in ${cv}`).toBe(years);
      }
  });

  it('does not read a year followed by "a" or "to" and a number as a period ("In 2019 a 40-person team")', () => {
    const cv = parseCv(
      'Pat Doe\n\n## Experience\n\n### Engineer, Acme\n2021 – Present\n- In 2019 a 40-person team adopted my library\n- Promoted in 2022 to 12 reports\n',
      tx,
      new Date('2023-06-15T12:00:00Z'),
    );
    expect(cv.years).toBe(2);
  });

  it('reads dates a data file writes loosely, and periods kept in one field or one line ("05-2018", ISO timestamps, "period: …")', () => {
    const now = new Date('2023-06-15T12:00:00Z');
    const shapes = [
      (a: string, b: string) =>
        `export const work = [\n  {\n    company: 'The Daily',\n    position: 'Reporter',\n    startDate: '${a}',\n    endDate: '${b}',\n  },\n];\n`,
      (a: string, b: string) => `experience:\n  - title: Reporter\n    company: The Daily\n    from: ${a}\n    to: ${b}\n`,
      (a: string, b: string) =>
        `const jobs = [\n  { role: 'Reporter', org: 'The Daily', period: '${a} – ${b}' },\n];\nexport default jobs;\n`,
    ];
    for (const [a, b] of [
      ['01-2015', '01-2019'],
      ['2015/1', '2019/1'],
      ['January, 2015', 'January, 2019'],
      ['2015-01-01T00:00:00.000Z', '2019-01-01T00:00:00.000Z'],
      ['1/1/2015', '1/1/2019'],
    ])
      for (const shape of shapes) expect(parseCv(shape(a, b), tx, now).years, `${a} in ${shape(a, b)}`).toBe(4);
  });

  it('reads dates written before the title in a bullet, in code spans, in HTML definition lists and under setext headings', () => {
    const now = new Date('2023-06-15T12:00:00Z');
    for (const cv of [
      '# Pat Doe\n\n## Work\n\n- 2019-present: Editor, The Weekly\n- 2015-2019: Reporter, The Daily\n',
      '# Pat Doe\n\n## Experience\n\n- `2019 - now` Editor, The Weekly\n- `2015 - 2019` Reporter, The Daily\n',
      '<dl><dt>2019–present</dt><dd>Editor, The Weekly</dd><dt>2015–2019</dt><dd>Reporter, The Daily</dd></dl>',
      'Pat Doe\n\nEmployment History\n======\n* 2019-present: Editor, The Weekly\n* 2015-2019: Reporter, The Daily\n\nMentoring Activities\n======\n* 2010-2014: Jo Smith, student\n',
    ])
      expect(parseCv(cv, tx, now).years, cv).toBe(8);
  });

  it('does not take years a long bullet mentions in passing for a role of their own (cv-065: "…poster presentations from 2014-2018)")', () => {
    const cv = cvOf('cv-065-epidemiologist.md', '2019-12');
    expect(cv.roles.some((r) => r.start === '2014' && r.end === '2018')).toBe(false);
  });

  it('reads jobs whose data file writes dates as a list, with placeholder days, or under camel-case keys', () => {
    const now = new Date('2023-06-15T12:00:00Z');
    for (const cv of [
      "export const jobs = [\n  {\n    title: 'Reporter',\n    company: 'The Daily',\n    dates: ['2015-01', '2019-01'],\n  },\n];\n",
      "export const jobs = [\n  {\n    title: 'Reporter',\n    company: 'The Daily',\n    startDate: '2015-01-XX',\n    endDate: '2019-01-XX',\n  },\n];\n",
      "module.exports = {\n  experience: [\n    {\n      jobTitle: 'Reporter',\n      companyName: 'The Daily',\n      startYear: '2015',\n      endYear: '2019',\n    },\n  ],\n};\n",
    ])
      expect(parseCv(cv, tx, now).years, cv).toBe(4);
  });

  it('reads a Hugo Academic timeline widget ([[period]] with date_start and an empty date_end) even when other dates add up to nothing', () => {
    const cv = cvOf('cv-091-communications-es.txt', '2020-10');
    expect(cv.years).toBeGreaterThanOrEqual(9);
  });

  it('says "under a year" for a first job of a few months, never 0 years', () => {
    const cv = parseCv(
      'Sam Doe\n\n## Experience\n\nJunior Developer, Acme, Nov 2022 – Present\n- Built features\n',
      tx,
      new Date('2023-05-15T12:00:00Z'),
    );
    expect(cv.years).toBe(0.5);
    const { report } = buildOfflineReport({
      jd: 'Junior Developer\nAcme\n\n## Requirements\n- 2+ years of JavaScript',
      cv: 'Sam Doe\n\n## Experience\n\nJunior Developer, Acme, Nov 2022 – Present\n- Built JavaScript features\n',
      now: new Date('2023-05-15T12:00:00Z'),
    });
    expect(report.fitScore.components.find((c) => c.name === 'Seniority and years')?.note).toMatch(
      /^under a year in the CV against 2\+ asked/,
    );
  });

  it('reads a CV written in LaTeX (awesome-cv \\cventry fields, \\cvsection headings, % comments): education is not work', () => {
    const cv = cvOf('cv-092-software-engineer-latex.txt', '2023-10');
    expect(cv.roles.filter((r) => !r.minor).map((r) => r.title)).toEqual(['Data Scientist', 'Software Engineer']);
    expect(cv.years).toBe(3);
    const tex = [
      '\\documentclass{awesome-cv}',
      '\\begin{document}',
      '\\cvsection{Experience}',
      '\\begin{cventries}',
      '  \\cventry',
      '    {Backend Engineer} % Job title',
      '    {Acme} % Organization',
      '    {Berlin} % Location',
      '    {Jan. 2018 - Dec. 2022} % Date(s)',
      '    {\\begin{cvitems} \\item {Cut latency by 30\\% with \\textbf{Redis}} \\end{cvitems}}',
      '\\end{cventries}',
      '\\end{document}',
    ].join('\n');
    const read = parseCv(tex, tx, new Date('2023-06-15T12:00:00Z'));
    expect(read.years).toBe(5);
    expect(read.skills.get('redis')?.line).toBe('Cut latency by 30% with Redis');
  });
});

describe('a total the CV states, in the ways people write it', () => {
  it.each([
    ["Plus de 10 ans d'expérience en développement web", 10],
    ['Más de 8 años de experiencia en ventas', 8],
    ['Oltre 5 anni di esperienza nel marketing', 5],
    ['Mais de 6 anos de experiência em recrutamento', 6],
    ['Über 7 Jahre Berufserfahrung im Vertrieb', 7],
    ['10+ jaar ervaring in finance', 10],
    ['Over ten years of experience in HR', 10],
    ['15 years’ experience in customer service', 15],
    ['Five-plus years building web applications', 5],
    ['5-year experience in sales', 5],
    ['Recruiter with over 12 years in tech hiring', 12],
    ['Two decades of experience in operations', 20],
    ['Marketing Technology Strategist with 8+ years driving revenue growth', 8],
    ['6 years and 4 months of experience in QA', 6 + 4 / 12],
    ['Experience (7 years)', 7],
    ['A product manager with fifteen years in fintech', 15],
    ['Sixteen years of experience in logistics', 16],
    ['Berufserfahrung: 8 Jahre', 8],
    ['Experiencia laboral: 5 años', 5],
    ['Expérience : 10 ans', 10],
    ['Seit über 10 Jahren als Entwicklerin tätig', 10],
    ['Depuis plus de 8 ans en tant que chef de projet', 8],
    ['Desde hace 6 años como reclutadora', 6],
    ['Da oltre 7 anni come sviluppatore', 7],
    ['I spent 13 years in broadcasting before teaching.', 13],
    ['After 12 years at the BBC, I retrained as a teacher.', 12],
    ['For the past 8 years I have worked as a producer.', 8],
    ['A 13-year career in radio', 13],
    ['a 10-year veteran of the newsroom', 10],
    ['During my 6 years as a nurse I led a ward.', 6],
    ['I bring 9 years of customer support.', 9],
    ['Over the last decade I have built web apps for charities.', 10],
    ['I have spent the last 14 years working in nursing.', 14],
    ['13 years working in broadcast television', 13],
    ['Having served 12 years as a paramedic, I now build software.', 12],
    ["Plus de dix ans d'expérience en développement web", 10],
    ['Cinco años de experiencia en atención al cliente', 5],
    ['A decade-long career in product design', 10],
    ['Nach 4 Jahren entschied ich mich dann für eine kleine Internet-Agentur.', 4],
    ["Après 6 ans chez un éditeur, j'ai rejoint une startup.", 6],
    ['Tras cinco años en una consultora, me uní a una startup.', 5],
    ['Dopo 7 anni in banca sono passato al software.', 7],
  ] as const)('"%s" → %d years', (line, years) => {
    expect(statedYears(line)?.years).toBe(years);
  });

  it.each([
    // A membership, a place or a study is not a career's span.
    'Seit 3 Jahren Mitglied im Sportverein',
    'Moved to Spain with two years in Berlin behind me',
    'I spent two years in Berlin.',
    'After two years in Berlin I moved to Lisbon.',
    'During my 4 years at university I led the chess club.',
    '3 years working with Python at university',
    'Nach 3 Jahren Studium begann ich meine Ausbildung.',
  ])('"%s" states no total', (line) => {
    expect(statedYears(line)).toBeUndefined();
  });
});

describe('a career start written in prose', () => {
  const yearsOf = (line: string) => parseCv(`# Sam Doe\n\n## About\n\n${line}\n`, tx, new Date('2026-12-01T12:00:00Z')).years;
  it.each([
    ['I started my career in 2010 as a support engineer and moved into development in 2013.', 16],
    ['I began my career as a reporter at a regional paper in 2005.', 21],
    ['My career began in 2008 in local radio.', 18],
    ['Since graduating in 2012, I have worked as a data analyst in retail.', 14],
  ] as const)('"%s" → %d years', (line, years) => {
    expect(yearsOf(line)).toBe(years);
  });

  it('still reads a student who is "graduating in" a year to come as a student, with no professional years', () => {
    expect(yearsOf('Computer science student graduating in 2027. Barista at Bean Co (2023 – present).')).toBe(0);
  });
});

describe('dates written as code in a CV kept as a program', () => {
  it('reads Python dates ("date(2012, 3, 1)", months from 1) and JavaScript ones ("Date.UTC(2009, 0)", months from 0)', () => {
    const now = new Date('2024-01-15T12:00:00Z');
    const py = [
      'experience = [',
      '    {',
      '        "title": "Senior Python Developer",',
      '        "company": "Acme",',
      '        "start_date": date(2012, 3, 1),',
      '        "end_date": None,',
      '    },',
      '    {',
      '        "title": "Developer",',
      '        "company": "Beta",',
      '        "start_date": datetime.date(2009, 1, 1),',
      '        "end_date": date(2012, 2, 28),',
      '    },',
      ']',
    ].join('\n');
    const read = parseCv(py, tx, now);
    expect(read.roles.map((r) => r.line)).toEqual([
      'Senior Python Developer, Acme, 2012-03 – Present',
      'Developer, Beta, 2009-01 – 2012-02',
    ]);
    expect(read.years).toBe(15);
    const js =
      "const work = [\n  {\n    title: 'Developer',\n    company: 'Acme',\n    from: Date.UTC(2009, 0),\n    to: Date.UTC(2012, 11),\n  },\n];\n";
    expect(parseCv(js, tx, now).roles.map((r) => r.line)).toEqual(['Developer, Acme, 2009-01 – 2012-12']);
  });
});

describe('a period written with month names and two-digit years', () => {
  it('"Jan 16 - Dec 21" is six years of work; "May 15 - June 20, 2019" is a few weeks of days, not a period of years', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(parseCv('Jane Roe\n\n## Experience\n\nDeveloper, Acme (Jan 16 - Dec 21)\n', tx, now).years).toBe(6);
    expect(periodOf('May 15 - June 20, 2019 workshop')).toBeNull();
    expect(periodOf('Sept 19 – present')?.slice(1)).toEqual(["Sept '19", 'present']);
  });
});

describe('CV layouts and languages people write their jobs in', () => {
  it.each([
    'Jane Roe\n\n## Experience\n\n| Role | Company | Dates |\n|---|---|---|\n| Developer | Acme | 2016 – 2021 |\n| Engineer | Beta | 2021 – present |\n',
    'Jane Roe\n\nExperience\nAcme Corp (2016-2021)\nDeveloper\n',
    'Jane Roe\n\nEXPERIENCE\nDeveloper at Acme, Sep’16 – Sep’21\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme · Jan 2019 - Present · 2 yrs 11 mos\n',
    'Jane Roe\n\nExperience\n2016-01 → 2021-12 Developer, Acme\n',
    'Jane Roe\n\nWork history\nDeveloper — Acme — 2016 to 2021\n',
    'Jane Roe\n\nEmployment\nAcme: Developer (June 2016 - March 2021)\n',
    'Jane Roe\n\nExperience\n**Developer**, Acme, *2016–2021*\n',
    'Jane Roe\n\nExperience\n- 2016–2021: Developer at Acme\n',
    'Jane Roe\n\nCareer\nDeveloper at Acme from 2016 to 2021\n',
    'Jane Roe\n\nExperiencia\nDesarrolladora en Acme (2016 - actualidad)\n',
    'Jane Roe\n\nBerufserfahrung\n04/2016 – heute: Entwicklerin, Acme GmbH\n',
    'Jane Roe\n\nExpériences\nDéveloppeuse chez Acme — depuis 2016\n',
    'Jane Roe\n\nESPERIENZE\nSviluppatrice presso Acme, 2016 – in corso\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme   2016 – 2021\n',
    'Jane Roe\n\nExperience\nDeveloper\nAcme\nJanuary 2016 — December 2021\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme, 2016/01 - 2021/12\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme (Jan 16 - Dec 21)\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme, 1/16 - 12/21\n',
    'Jane Roe\n\nExperience\nDeveloper, Acme, Summer 2016 - Winter 2021\n',
    '{"work":[{"position":"Developer","name":"Acme","startDate":"2016-01-01","endDate":"2021-12-01"}]}',
    'work:\n  - position: Developer\n    company: Acme\n    startDate: 2016-01\n    endDate: 2021-12\n',
  ])('reads years from %j', (text) => {
    expect(parseCv(text, tx, new Date('2026-12-01T12:00:00Z')).years).toBeGreaterThanOrEqual(4);
  });
});

describe('an undated CV that narrates its career (cv-142, batch 21, dev)', () => {
  it('reads "Nach 4 Jahren entschied ich mich …" as at least four years of work, not 0', () => {
    const cv = cvOf('cv-142-fullstack-developer-undated-de.md', '2016-10');
    expect(cv.years).toBeGreaterThanOrEqual(4);
    expect(cv.yearsStated).toBe(true);
  });
});

describe('a Dutch period ("van 2012 tot 2015", "2019 tot heden")', () => {
  it('reads the years between "van" and "tot", and "tot heden" as still held', () => {
    const at = new Date('2026-12-01T12:00:00Z');
    expect(parseCv('# Sam\n\n## Werkervaring\n\nOntwikkelaar, Acme, van 2012 tot 2015\n', tx, at).years).toBe(3);
    expect(parseCv('# Sam\n\n## Werkervaring\n\nOntwikkelaar, Acme, 2019 tot heden\n', tx, at).years).toBeGreaterThanOrEqual(7);
  });
});

// Three shapes behind the last "0 years" on CVs stating experience; found on held-out CVs by their structure only
// (line shapes, keys and headings, no text), so the tests below use lines written here, not the documents.
describe('periods written with an ellipsis, dates above the title, and bold job headings that read like sections', () => {
  const at = new Date('2026-12-01T12:00:00Z');

  it('reads "2019 … 2023" and "2015...2019" as periods, in a heading\'s code span as in a line', () => {
    const cv = parseCv(
      normaliseText(
        '# Sam Roe\n\n## Career\n\n### `2019 … 2023` Senior Software Engineer at Acme\n\nBuilt APIs.\n\n### `2015...2019` Software Engineer at Globex\n\nShipped apps.\n',
      ),
      tx,
      at,
    );
    expect(cv.roles.map((r) => r.title)).toEqual(['Senior Software Engineer', 'Software Engineer']);
    expect(cv.years).toBe(8);
    expect(periodOf('2015..2019')?.[2]).toBe('2019');
  });

  it('takes the title from the line below dates that open an entry ("*Jan 2019 – Present*" over "Data Engineer (Acme)")', () => {
    const text =
      '# Sam Roe\n\n# Work Experience\n*Mar 2019 – Present*\nSenior Data Engineer (Acme Corp)\n- Built pipelines in Python\n\n*Jan 2015 – Feb 2019*\nData Engineer (Beta Ltd)\n- Kept SQL warehouses\n';
    const cv = parseCv(normaliseText(text), tx, at);
    expect(cv.roles.map((r) => [r.title, r.company])).toEqual([
      ['Senior Data Engineer', 'Acme Corp'],
      ['Data Engineer', 'Beta Ltd'],
    ]);
    // (Dates under a title keep the title above them.)
    const below = parseCv(
      normaliseText('# Sam\n\n## Experience\nData Engineer, Beta Ltd\n*Jan 2015 – Feb 2019*\n- Kept SQL warehouses\n'),
      tx,
      at,
    );
    expect(below.roles[0].title).toBe('Data Engineer');
  });

  it('keeps a bold job heading under "# Work Experience" in it, whatever section its words name ("Information Technology")', () => {
    const text =
      '# Sam Roe\n\n# Work Experience\n\n**Senior Data Engineer, Acme Corp**\n*Jan 2019 – Present*\n- Led migrations\n\n**Information Technology Specialist, Beta Ltd**\n*Jun 2013 – May 2015*\n- Ran the helpdesk\n\n**Data Engineer, Gamma**\n*Jun 2015 – Dec 2018*\n- Kept SQL warehouses\n\n# Skills\n\n**Programming Languages**\n- Python\n';
    const cv = parseCv(normaliseText(text), tx, at);
    expect(cv.roles.map((r) => r.title)).toEqual(['Senior Data Engineer', 'Information Technology Specialist', 'Data Engineer']);
    expect(cv.years).toBe(13);
  });
});

describe("a résumé builder's YAML export (sections of items with dates: {startDate, endDate}, skills with months)", () => {
  const yaml = [
    'meta:',
    '  theme: plain',
    '  version: 2',
    'sections:',
    '  - meta:',
    '      title: "Work Experience"',
    '      show: true',
    '    content:',
    '      type: "work-experience"',
    '      value:',
    '        items:',
    '          - title: "Senior Backend Engineer"',
    '            dates:',
    '              startDate: "2020-03"',
    '              endDate: ""',
    '            company:',
    '              title: "Acme"',
    '              url: "https://acme.example"',
    '            description: "Built payment APIs in Go serving 2 million users"',
    '          - title: "Backend Engineer"',
    '            dates:',
    '              startDate: "2016-01"',
    '              endDate: "2020-02"',
    '            company:',
    '              title: "Globex"',
    '            description: "Moved services to Kubernetes"',
    '  - meta:',
    '      title: "Tech Stack"',
    '    content:',
    '      value:',
    '        items:',
    '          - title: "PostgreSQL"',
    '            rating: 4',
    '            totalMonths: 60',
    '          - title: "Terraform"',
    '            totalMonths: 30',
  ].join('\n');

  it('keeps the indentation through intake and reads the jobs, their employers and years', () => {
    const text = normaliseText(yaml);
    expect(text).toContain('\n            dates:');
    const cv = parseCv(text, tx, at());
    expect(cv.roles.map((r) => [r.title, r.company])).toEqual([
      ['Senior Backend Engineer', 'Acme'],
      ['Backend Engineer', 'Globex'],
    ]);
    expect(cv.years).toBe(11);
    expect([...cv.skills.keys()]).toEqual(expect.arrayContaining(['go', 'kubernetes', 'postgresql', 'terraform']));
  });

  it('leaves a prose CV of "Key: value" lines and lists to the prose reader', () => {
    const prose =
      'Sam Roe\nSummary: Backend engineer who builds APIs in Python and SQL\nExperience:\n  - Backend Engineer, Acme, 2016 - 2021\n  - Developer, Globex, 2012 - 2016\nEducation:\n  - BSc Computing, 2012\nLanguages:\n  - English\n';
    expect(normaliseText(prose)).not.toContain('  - ');
    const cv = parseCv(normaliseText(prose), tx, at());
    expect(cv.years).toBe(9);
    expect(cv.skills.has('sql')).toBe(true);
    // (Text that happens to parse as YAML is read as data only when it holds dated entries.)
    expect(
      structuredCvText('Name: Sam Roe\nSummary: Backend engineer\nSkills: Python, SQL\nLanguages:\n  - English\n  - French\n'),
    ).toBeUndefined();
  });

  function at() {
    return new Date('2026-12-01T12:00:00Z');
  }
});
