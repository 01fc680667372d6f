// Flattened plain-text CVs (copied out of a PDF viewer or a job portal's form): sections, bullets, skill
// tables and roles run together on one line. Fixtures in tests/fixtures/flat-cv are written for these
// tests, in that style, for software and non-software professions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCv, skillTableYears, statedYears } from '../../src/core/profile/cv.ts';
import { isFlattened, unflattenCv } from '../../src/core/profile/cv-flat.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { buildOfflineReport } from '../../src/core/report/build.ts';
import { professionOfCv } from '../../src/core/report/career.ts';
import { cvLevel } from '../../src/core/report/fit.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const NOW = new Date('2024-06-15T12:00:00Z');
const fixture = (name: string) => readFileSync(join('tests/fixtures/flat-cv', `${name}.txt`), 'utf8');
const cvOf = (name: string) => parseCv(normaliseText(fixture(name)), tx, NOW);

const BACKEND_AD = `Senior Backend Engineer — Ledgerly

We build payment infrastructure for small businesses.

## Requirements
- 5+ years of professional software engineering experience
- Strong Java or Go, Spring Boot, PostgreSQL
- REST API design and microservices
- Docker and Kubernetes

## Nice to have
- Kafka
`;

const RECRUITER_AD = `HR Recruiter — Brightpath Manufacturing

## What you will do
- Run full-cycle recruitment for plant and office roles
- Screen candidates, schedule interviews and make offers
- Keep the HRMS and onboarding records up to date

## Requirements
- 3+ years of recruiting experience in human resources
- Experience with payroll inputs and statutory compliance
- Excellent communication skills
`;

describe('unflattening: headings, bullets, skill tables and roles get their lines back', () => {
  it('breaks a one-line CV at its headings, inline bullets and skill-table entries', () => {
    const text = unflattenCv(normaliseText(fixture('java-developer')));
    expect(text).toMatch(/^## Skills$/m);
    expect(text).toMatch(/^## Education Details$/m);
    expect(text).toMatch(/^## Skill Details$/m);
    expect(text).toMatch(/^## Company Details$/m);
    expect(text).toMatch(/^- SQL, Oracle, MySQL$/m);
    expect(text).toMatch(/^JAVA- Exprience - 72 months$/m);
    expect(text).toMatch(/^MAVEN- Exprience - Less than 1 year months$/m);
    expect(text).toMatch(/^company - Kairos Infotech$/m);
  });

  it('puts each period of a run-together experience section on its own line, the title before it', () => {
    const text = unflattenCv(normaliseText(fixture('sales-manager')));
    expect(text).toMatch(/^Area Sales Manager, Nexa Paints Ltd\nJan 2018 to Present\n- Managing 45 dealers/m);
    expect(text).toMatch(/^2014-2017$/m);
  });

  it('tells a flattened list every time it is asked (no state kept between calls)', () => {
    const list = `Skills * ${Array.from({ length: 30 }, (_, i) => `Tool${i}`).join(' * ')}`;
    expect([isFlattened(list), isFlattened(list), isFlattened(`${list}\nshort`)]).toEqual([true, true, true]);
  });

  it('leaves a CV that kept its layout alone, and does not take a title-case phrase for a heading', () => {
    const kept = '# Jane Doe\n\n## Experience\n- Built REST APIs in Go (2019 – 2023)\n\n## Skills\nGo, PostgreSQL';
    expect(isFlattened(kept)).toBe(false);
    expect(unflattenCv(kept)).toBe(kept);
    const flat = `${'Store supervisor for a busy branch. '.repeat(6)}Strengths * Excellent Communication Skills * Team player * Customer Experience focus`;
    const text = unflattenCv(flat);
    expect(text).toMatch(/^- Excellent Communication Skills$/m);
    expect(text).toMatch(/^- Customer Experience focus$/m);
  });
});

describe('the same portal export with its line ends kept', () => {
  it('takes "Company Details" and "Skill Details" alone on a line for headings, and descriptions for experience', () => {
    const cv = cvOf('etl-developer-lines');
    // "description - … January 2017 to till date": the dates of the employer above, longer than the skill table's 48 months.
    expect(cv.roles.map((r) => [r.title, r.start, r.end])).toEqual([['Redwood Analytics', 'January 2017', 'till date']]);
    expect(cv.years).toBe(7);
    expect(cv.yearsStated).toBe(true);
    expect(cv.skills.get('sql')?.strength).toBe('experience');
    expect(cv.skills.get('etl')?.strength).toBe('experience');
    expect(cv.experienceLines.map((l) => l.line)).toContain(
      'description - Building Informatica mappings that load the claims data mart from Oracle sources; tuning SQL; scheduling with Control-M.',
    );
  });
});

describe('a flattened PDF: pipes between title, employer and dates, bullets run together, headings in capitals', () => {
  it('reads both roles, their titles and the headings after them', () => {
    const cv = cvOf('software-engineer-pdf');
    expect(cv.roles.map((r) => [r.title, r.company])).toEqual([
      ['Senior Software Engineer', 'Paylane'],
      ['Software Engineer', 'Finmark Solutions'],
    ]);
    expect(cv.years).toBe(8);
    expect(cv.skills.get('go')?.strength).toBe('experience');
    expect(cv.skills.get('django')?.strength).toBe('experience');
    expect(cv.skills.get('kafka')?.strength).toBe('listed');
    const text = unflattenCv(normaliseText(fixture('software-engineer-pdf')));
    expect(text).toMatch(/^## EDUCATION$/m);
    expect(text).toMatch(/^## INTERESTS\nChess, Go \(board game\), trekking$/m);
  });
});

describe('years: stated totals, per-skill months and role lengths, never 0 when the CV states experience', () => {
  it('reads "Exprience - N months" entries; the longest is a lower bound of the career', () => {
    expect(skillTableYears('JAVA- Exprience - 72 months')).toBe(6);
    expect(skillTableYears('SQL- Exprience - Less than 1 year months')).toBe(0.5);
    expect(skillTableYears('Python - Experience: 3 years')).toBe(3);
    expect(skillTableYears('| Kubernetes | 36 months |')).toBe(3);
    expect(statedYears('JAVA- Exprience - 36 months\nSQL- Exprience - 60 months')?.years).toBe(5);
  });

  it.each([
    ['java-developer', 6],
    ['hr-executive', 8],
    ['advocate', 7],
    ['civil-engineer', 7],
    ['teacher', 10],
    ['fitness-trainer', 5],
    ['pmo', 9],
    ['data-scientist', 3],
  ])('%s: years from its skill table (%i)', (name, years) => {
    const cv = cvOf(name);
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBe(years);
  });

  it('reads totals written as a field: "Total Experience: 5 years", "Overall IT experience - 7.5 yrs"', () => {
    expect(statedYears('Total Experience: 5 years')?.years).toBe(5);
    expect(statedYears('Overall IT experience - 7.5 yrs')?.years).toBe(7.5);
    expect(statedYears('Experience: 3 Years 6 Months')?.years).toBe(3.5);
  });

  it('reads a total said in passing: "3 yrs exp", "practising as an advocate for 7 years"', () => {
    expect(statedYears('I have 3 yrs exp in SAP ABAP')?.years).toBe(3);
    expect(statedYears('Practising as an advocate for 7 years at the District Court')?.years).toBe(7);
    expect(statedYears('Teaching mathematics for the last 12 years')?.years).toBe(12);
  });

  it('a skill table of "Less than 1 year" entries still states experience: 1 year, not 0', () => {
    const cv = parseCv('Skill Details\nExcel- Exprience - Less than 1 year months\nTally- Exprience - Less than 1 year months', tx, NOW);
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBe(1);
  });

  it('"Total IT Experience: 8+ Years" in running text is a total, not a heading', () => {
    const text = `${'Designing landing pages in HTML and CSS from mock-ups for retail clients. '.repeat(4)}Total IT Experience: 8+ Years`;
    expect(unflattenCv(text)).not.toMatch(/^## Experience/m);
    expect(parseCv(text, tx, NOW).years).toBe(8);
  });

  it('reads "Jun\'14 - Present", "From 2012 to 2015" and "2016 - till now" in running text', () => {
    const cv = parseCv(
      `Work Experience ${'Kept the stores ledger and ran the weekly stock count for the plant. '.repeat(3)}Stores Officer, Lakeview Foods From 2012 to 2015 Ran inbound checks. Stores Manager, Lakeview Foods Jun'14 - Present Leads a team of 9. Consultant, Harbor Mills 2016 - till now Audits.`,
      tx,
      NOW,
    );
    expect(cv.roles.map((r) => [r.title, r.start, r.end])).toEqual([
      ['Stores Officer', '2012', '2015'],
      ['Stores Manager', "Jun'14", 'Present'],
      ['Consultant', '2016', 'till now'],
    ]);
    expect(cv.years).toBe(12);
  });

  it('reads years given per skill in a skills list ("Java (5 years)"), not a degree\'s length', () => {
    const cv = parseCv('Jo Lee\n\nTechnical Skills\nJava (5 years), SQL - 3 yrs, Python: 2+ years\n\nEducation\nB.Sc (3 years)', tx, NOW);
    expect(cv.years).toBe(5);
    expect(cv.yearsStated).toBe(true);
    expect(parseCv('Jo Lee\n\nEducation\nB.Sc Physics (3 years)', tx, NOW).yearsStated).toBe(false);
  });

  it('a figure under a year in a skill table is still experience: 1 year, not 0', () => {
    expect(parseCv('Skill Details\nHTML- Exprience - 3 months', tx, NOW).years).toBe(1);
  });

  it('reads "to till date" as an open end', () => {
    const cv = parseCv('Work Experience\nSupport Engineer, Redwood Analytics, January 2017 to till date', tx, NOW);
    expect(cv.roles).toHaveLength(1);
    expect(cv.years).toBe(7);
  });

  it('reads "Jan 2018 to Present" and "2016-2018" periods in running text as roles', () => {
    const cv = cvOf('sales-manager');
    expect(cv.roles.map((r) => r.title)).toEqual(['Area Sales Manager', 'Sales Officer']);
    expect(cv.years).toBe(9);
    const ops = cvOf('operations-manager');
    expect(ops.roles.map((r) => r.title)).toEqual(['Operations Manager', 'Assistant Manager Operations']);
    expect(ops.years).toBe(12);
  });

  it('adds roles that give their length instead of dates: "(3 years)", "Duration: 2 yrs"', () => {
    const cv = parseCv(
      normaliseText(
        'Work Experience\n- Design engineer at Precision Gears (3 years).\n- Production engineer at Kohinoor Castings. Duration: 2 yrs.',
      ),
      tx,
      NOW,
    );
    expect(cv.years).toBe(5);
    expect(cv.yearsStated).toBe(true);
    expect(cvOf('mechanical-engineer').years).toBe(5);
  });

  it('does not count study periods in "Education Details" as experience', () => {
    const cv = cvOf('java-developer');
    expect(cv.roles).toHaveLength(0);
    expect(cv.years).toBe(6);
  });

  it('a CV with no dates and no totals: experience not stated, never 0 years, never "reads as junior"', () => {
    const cv = cvOf('no-dates');
    expect(cv.yearsStated).toBe(false);
    const { report } = buildOfflineReport({ cv: fixture('no-dates'), jd: BACKEND_AD, now: NOW });
    expect(report.fitScore.years.stated).toBe(false);
    const seniority = report.fitScore.components.find((c) => c.name === 'Seniority and years');
    expect(seniority?.note).toMatch(/not stated/);
    expect(seniority?.note).not.toMatch(/junior|0 years/);
    expect(report.overview.summary).toMatch(/experience is not stated/);
  });
});

describe('skills: the skills section and the skill table count as real skills', () => {
  it('reads a flattened software CV as software, with its listed and table skills', () => {
    const cv = cvOf('java-developer');
    for (const id of ['java', 'spring-boot', 'hibernate', 'sql', 'mysql', 'jenkins', 'git', 'rest-api-design'])
      expect(cv.skills.has(id), id).toBe(true);
    expect(cv.skills.get('spring-boot')?.strength).toBe('experience');
    expect(professionOfCv(cv)).toBe('software');
    expect(cvLevel(cv)).toBe('senior');
  });

  it('takes a skill-table entry as a skill whatever its case ("SPRING- Exprience")', () => {
    expect(cvOf('java-developer').skills.has('spring')).toBe(true);
  });
});

describe('non-software CVs are read as their own profession, and not as juniors when they state years', () => {
  it.each([
    ['hr-executive', 'recruiting'],
    ['sales-manager', 'sales'],
    ['advocate', 'law'],
    ['mechanical-engineer', 'engineering'],
    ['civil-engineer', 'engineering'],
    ['electrical-engineer', 'engineering'],
    ['teacher', 'teaching'],
    ['fitness-trainer', 'health'],
    ['operations-manager', 'operations'],
    ['pmo', 'operations'],
    ['business-analyst', 'business-analysis'],
    ['dance-teacher', 'arts'],
    ['staff-nurse', 'health'],
    ['chartered-accountant', 'finance'],
  ])('%s reads as %s, not software, and not junior', (name, profession) => {
    const cv = cvOf(name);
    expect(professionOfCv(cv)).toBe(profession);
    expect(cv.years).toBeGreaterThanOrEqual(5);
    expect(cvLevel(cv)).not.toBe('junior');
  });

  it('an engineering college in the education line does not make an HR executive an engineer', () => {
    const cv = parseCv(
      'Education Details B.E. Government College of Engineering, Karad. MBA HR, Institute of Engineering and Management Studies. HR Executive - Deccan Forge Company Details company - Deccan Forge description - Recruitment for the plant; payroll inputs.',
      tx,
      NOW,
    );
    expect(professionOfCv(cv)).toBe('recruiting');
  });

  it('a service engineer is an engineer of another discipline; a developer advocate is no lawyer', () => {
    const service = parseCv(
      'Field Service Engineer with 6 years of experience. Service engineer for HVAC chillers: commissioning, breakdown calls, preventive maintenance. Service Engineer, Coolair (2018 - Present)',
      tx,
      NOW,
    );
    expect(professionOfCv(service)).toBe('engineering');
    const advocate = parseCv(
      'Developer advocate and software engineer. Software Engineer, Devhub (2019 - Present)\n- Developer advocate for the SDK; wrote the TypeScript client',
      tx,
      NOW,
    );
    expect(professionOfCv(advocate)).toBe('software');
  });

  it.each([
    'hr-executive',
    'sales-manager',
    'advocate',
    'mechanical-engineer',
    'civil-engineer',
    'electrical-engineer',
    'teacher',
    'fitness-trainer',
    'operations-manager',
    'pmo',
    'business-analyst',
    'dance-teacher',
    'staff-nurse',
    'chartered-accountant',
  ])('%s against a backend engineering ad is a career change', (name) => {
    const { report } = buildOfflineReport({ cv: fixture(name), jd: BACKEND_AD, now: NOW });
    expect(report.fitScore.label).toBe('career-change');
    expect(report.fitScore.score).toBeLessThanOrEqual(20);
  });

  it('"Staff Nurse" is a grade of nurse, not a staff-level engineer; "K. Mehta & Co." stays one employer', () => {
    expect(cvLevel(cvOf('staff-nurse'))).toBe('senior');
    expect(cvOf('chartered-accountant').roles.map((r) => [r.title, r.company])).toEqual([
      ['Finance Manager', 'Orion Pharma'],
      ['Audit Senior', 'K. Mehta & Co.'],
    ]);
  });

  it('an automation tester is a software person with the tools of the skill table', () => {
    const cv = cvOf('automation-tester');
    expect(professionOfCv(cv)).toBe('software');
    expect(cv.years).toBe(4);
    for (const id of ['selenium', 'java', 'testng', 'jenkins', 'postman']) expect(cv.skills.has(id), id).toBe(true);
  });

  it('a software CV against the same backend ad is not a career change', () => {
    const { report } = buildOfflineReport({ cv: fixture('java-developer'), jd: BACKEND_AD, now: NOW });
    expect(report.fitScore.label).not.toBe('career-change');
    expect(report.fitScore.score).toBeGreaterThan(20);
  });

  it('an HR executive against a recruiter ad is in their profession, with their years counted', () => {
    const { report } = buildOfflineReport({ cv: fixture('hr-executive'), jd: RECRUITER_AD, now: NOW });
    expect(report.fitScore.label).not.toBe('career-change');
    expect(report.fitScore.years).toEqual({ required: 3, cv: 8, stated: true });
  });
});
