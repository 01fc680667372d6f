// Issue 10: one test per failure class found on real job ads and CVs (eval/corpus), on the real documents
// or on lines quoted from them. Each keeps a fixed class fixed; `npm run eval` measures the whole corpus.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRanking } from '../../scripts/eval/ranking.ts';
import { GENERATED_PREFIX } from '../../src/core/bank/generated.ts';
import { loadBank } from '../../src/core/bank/load.ts';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { parseCv, withoutFrontMatterComments } from '../../src/core/profile/cv.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { alternativeUnit, detectTrack, parseJd, yearsIn } from '../../src/core/profile/jd.ts';
import { classifyHeading, isLegalLine, logisticsIn, NICE_CUE } from '../../src/core/profile/jd-sections.ts';
import { namesWorkplace, termsIn } from '../../src/core/profile/jd-terms.ts';
import { detectSeniority } from '../../src/core/profile/seniority.ts';
import { headingOf } from '../../src/core/profile/structure.ts';
import { buildOfflineReport, loopFor } from '../../src/core/report/build.ts';
import { aimOfCv, careerChangeOf, professionsOfCv, SKILL_PROFESSION } from '../../src/core/report/career.ts';
import { cvLevel, matchSkills, titleOverlap } from '../../src/core/report/fit.ts';
import { adNamesTopic, rankQuestions, topicName } from '../../src/core/report/rank.ts';
import { renderMarkdown } from '../../src/core/report/render-md.ts';
import { ReportSchema } from '../../src/core/report/schema.ts';
import { loopFromAd, loopSection } from '../../src/core/report/sections.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const bank = loadBank(tx);
const corpus = (kind: 'jd' | 'cv', name: string) => readFileSync(join('eval/corpus', kind, name), 'utf8');
const jdOf = (name: string) => parseJd(normaliseText(corpus('jd', name)), tx);
const cvOf = (name: string, asOf: string) => parseCv(normaliseText(corpus('cv', name)), tx, new Date(`${asOf}-15T12:00:00Z`));
const report = (jd: string, cv: string, asOf: string) =>
  buildOfflineReport({ jd: corpus('jd', jd), cv: corpus('cv', cv), now: new Date(`${asOf}-15T12:00:00Z`) }).report;

describe('class 1: front matter, HTML pages and Markdown links do not become the title or company', () => {
  it('reads the title and the company from YAML front matter and the opening paragraph', () => {
    const jd = jdOf('jd-024-frontend-en.md');
    expect(jd.title).toBe('Senior Front-End Developer');
    expect(jd.company).toBe('Canadian Digital Service');
  });

  it('reads a whole rendered HTML page: the main heading is the title, nav and scripts are gone', () => {
    const jd = jdOf('jd-039-infra-it.html');
    expect(jd.title).toBe('Infrastructure / production engineer');
    expect(jd.company).toBe('Dipartimento per la trasformazione digitale');
    const text = cleanDocument(corpus('jd', 'jd-039-infra-it.html')).text;
    expect(text).not.toMatch(/<script|<nav|Seguici su/);
  });

  it('names the company of an ad that opens with a company paragraph', () => {
    expect(jdOf('jd-005-bizops-en.md').company).toBe('Sourcegraph');
  });

  it('never names a page word or a department as the employer ("Job vacancy", "Compensation", "Engineering")', () => {
    expect(jdOf('jd-163-programme-manager-en.md').company).toBe('OLS');
    expect(jdOf('jd-118-product-marketing-en.md').company).not.toBe('Compensation');
    expect(jdOf('jd-094-qa-en.md').company).not.toBe('Engineering');
  });

  it("keeps the nesting of YAML front matter: a breadcrumb's or an image's title is not the page's (jd-139, jd-168)", () => {
    expect(jdOf('jd-139-fundraising-de.md').title).toBe('Fundraiser*in');
    expect(jdOf('jd-168-delivery-manager-en.md').title).toBe('Delivery Manager');
    expect(normaliseText('---\ntitle: Ad\nimage:\n  title: Photo\n---\n\n  Body line')).toBe(
      '---\ntitle: Ad\nimage:\n  title: Photo\n---\nBody line',
    );
  });

  it('reads a "POST TITLE:" field and drops "job description" from a page title (GDS vacancy templates)', () => {
    expect(jdOf('jd-172-developer-en.md').title).toBe('Developer');
    expect(jdOf('jd-173-web-operations-en.md').company).toBe('Government Digital Service');
  });

  it('keeps only the words of Markdown links', () => {
    const line =
      'Senior Developers are classified as [CS-04](https://www.tbs-sct.gc.ca/agreements-conventions/view-visualiser-eng.aspx?id=1#toc27633227634) in the Computer Systems group.';
    expect(cleanDocument(line).text).toBe('Senior Developers are classified as CS-04 in the Computer Systems group.');
  });

  it('reads requirements a job board kept as one Markdown string of the front matter (jd-105: "deliverables: \\"## Required Skills…\\"")', () => {
    const jd = jdOf('jd-105-design-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['html', 'css', 'prototyping']));
    expect(jd.minYears).toBe(5);
  });
});

describe('class 2: CV dates in structured and unusual formats, stated totals, undated CVs', () => {
  it('reads JSON Resume dates structurally', () => {
    expect(cvOf('cv-004-founder-engineer.json', '2014-12').years).toBe(1);
    expect(cvOf('cv-015-fullstack-senior.json', '2015-12').years).toBeGreaterThanOrEqual(10);
  });

  it('reads FRESH and home-made JSON ("04/2024 - CURRENT")', () => {
    expect(cvOf('cv-022-principal-engineer-fresh.json', '2023-10').years).toBeGreaterThan(5);
    expect(cvOf('cv-020-programmer-junior-custom.json', '2025-06').roles).toHaveLength(1);
  });

  it('reads <span>Dec 2013 -- Dec 2014</span> and flattened-PDF ranges without a dash', () => {
    expect(cvOf('cv-006-founder-engineer.md', '2016-08').years).toBeGreaterThanOrEqual(1);
    const pdf = cvOf('cv-025-devops-lead.txt', '2026-02');
    expect(pdf.roles.some((r) => r.line.includes('DevOps Engineer Sep. 2023 Mar. 2024'))).toBe(true);
    expect(pdf.years).toBeGreaterThanOrEqual(10);
  });

  it('reads 03/2018–06/2020, 2019–21 and "since 2020"', () => {
    const cv = parseCv(
      'Ana Silva\n## Experience\nAnalyst, Acme 03/2018–06/2020\nEngineer, Beta 2020–22\nLead engineer at Gamma since 2022\n',
      tx,
      new Date('2025-01-15'),
    );
    expect(cv.roles.map((r) => [r.from % 12, Math.floor(r.from / 12)])).toEqual([
      [2, 2018],
      [5, 2020],
      [5, 2022],
    ]);
    expect(cv.years).toBe(7);
  });

  it('takes a stated total ("a decade-plus", "3+ years of experience")', () => {
    expect(cvOf('cv-039-lawyer-to-eng-leader.md', '2025-12').years).toBe(10);
    expect(cvOf('cv-013-devops.json', '2025-12').statedLine).toMatch(/3\+ years of experience/);
  });

  it('does not count student, intern or volunteer posts as professional years', () => {
    expect(cvOf('cv-031-business-student.txt', '2016-06').years).toBe(0);
    expect(cvOf('cv-029-intern-2005.txt', '2005-05').years).toBe(0);
  });

  it('reads a flattened PDF whose dash between two numeric dates was a glyph with no text ("01/2025 \u0000 Present")', () => {
    const cv = cvOf('cv-210-marketer-to-bootcamp-frontend-pdf.txt', '2025-08');
    expect(cv.roles.map((r) => `${r.title}: ${r.start} to ${r.end}`)).toContain('Front-End Web Developer: 01/2025 to Present');
    expect(cv.years).toBeGreaterThanOrEqual(2);
  });

  it('reads a period broken after its dash, in a PDF whose section headings came out last', () => {
    // "Jan 2015 -" over "present", under "Educations" because "Projects" and "Experience" were read after everything.
    const cv = cvOf('cv-204-army-nco-to-hack-reactor-pdf.txt', '2020-01');
    expect(cv.roles.map((r) => `${r.title} (${r.start} – ${r.end})`)).toEqual(['Project/Operations Manager (Jan 2015 – present)']);
    expect(cv.years).toBe(5);
  });

  it('reads a data file\'s period under a key of its own ("fullDate"), and a trainee post as a job', () => {
    const cv = cvOf('cv-187-functional-analyst-trainee-es.json', '2025-06');
    expect(cv.roles).toEqual([expect.objectContaining({ title: 'Analista Funcional Trainee', start: 'Abr 2024', minor: false })]);
    expect(cv.years).toBe(1);
    // Its "technologies" icon list ({name: "C#", src: "/svgs/csharp.svg"}) is its skills section.
    expect([...cv.skills.keys()]).toEqual(expect.arrayContaining(['csharp', 'sql-server', 'git']));
  });

  it('reads a job told as a story and still held ("In 2012 I … join RESAAS … I still work there"), not the page\'s date', () => {
    // An about page: its front matter's "title: About Me" and "date: 2021-12-01" are when the page was written.
    const cv = cvOf('cv-211-sales-rep-to-software-engineer-undated.md', '2022-04');
    expect(cv.roles.map((r) => `${r.title} (${r.start} – ${r.end})`)).toEqual(['senior software engineer (2012 – present)']);
    expect(cv.years).toBe(10);
  });

  it('reads a "Title | Employer — Unit, City, ST" line over its dates as the job, not its town (cv-212)', () => {
    const cv = cvOf('cv-212-correctional-officer-to-general-assembly-pdf.txt', '2026-03');
    expect(cv.roles.slice(0, 2).map((r) => [r.title, r.company])).toEqual([
      ['Junior Developer & Security/Privacy Contributor', 'VolunQueer'],
      ['Correctional Officer V', 'Texas Department of Criminal Justice'],
    ]);
  });

  it('says "not stated" for an undated CV instead of reading it as 0 years', () => {
    const cv = cvOf('cv-036-physicist-newton.md', '2013-12');
    expect(cv.yearsStated).toBe(false);
    const r = report('jd-032-sre-fr.md', 'cv-036-physicist-newton.md', '2013-12');
    expect(r.fitScore.components.find((c) => c.name === 'Seniority and years')?.note).toMatch(/not stated/);
  });
});

describe('class 3: ordinary words of other languages and page chrome are not skills', () => {
  it('does not read French "chef" and "vue" or Italian "scala" as technologies', () => {
    expect(jdOf('jd-033-product-fr.md').must).not.toContain('chef');
    expect(jdOf('jd-036-content-design-fr.md').mentioned).not.toContain('vue');
    expect(jdOf('jd-044-security-it.md').mentioned).not.toContain('scala');
  });

  it('reads "surveillance" as monitoring in French, not in English, where it is what privacy work fights (jd-313, jd-032)', () => {
    // The Tor Project's communications director needs "issues related to privacy, security, censorship, and surveillance".
    expect(jdOf('jd-313-communications-director-en.html').must).not.toContain('monitoring');
    expect(jdOf('jd-032-sre-fr.md').must).toContain('monitoring');
    // A CV's language is not read: there the word keeps its French sense.
    expect(tx.idsIn('Mise en place de la surveillance des serveurs')).toContain('monitoring');
  });

  it("reads IT support, on-call and networking written in the other languages (jd-360: a German support engineer's duties)", () => {
    const jd = jdOf('jd-360-support-engineer-de.txt');
    expect(jd.mentioned).toEqual(expect.arrayContaining(['it-support', 'on-call', 'networking']));
    expect(tx.idsIn('Participation aux astreintes et au support de niveau 2', { language: 'fr' })).toEqual(['on-call', 'it-support']);
    expect(tx.idsIn('Experiencia en administración de redes y servicio de guardia', { language: 'es' })).toEqual(['networking', 'on-call']);
    // (A German sales ad's "Netzwerk" is the people one knows: only the IT compounds count.)
    expect(tx.idsIn('Du bringst ein starkes Netzwerk in der Branche mit', { language: 'de' })).toEqual([]);
  });

  it('reads German "verhandlungssicher" as a language level, not negotiation (jd-229: "Englisch und Deutsch verhandlungssicher")', () => {
    expect(jdOf('jd-229-customer-relations-manager-de.md').must).not.toContain('negotiation');
    expect(tx.idsIn('Verhandlungssichere Englischkenntnisse', { language: 'de' })).toEqual([]);
    // (Skill at negotiating is still read.)
    expect(tx.idsIn('Du bist verhandlungsstark und hast Verhandlungsgeschick', { language: 'de' })).toContain('negotiation');
  });

  it('still reads a product name written as one in a French sentence', () => {
    expect(tx.idsIn('Vous maîtrisez les cadres JavaScript comme Vue et React.', { language: 'fr' })).toEqual(
      expect.arrayContaining(['vue', 'react']),
    );
  });

  it('does not turn an HTML page’s navigation and scripts into html, css or javascript requirements', () => {
    const jd = jdOf('jd-043-procurement-it.html');
    for (const id of ['html', 'css', 'javascript', 'xml', 'bootstrap']) expect(jd.must).not.toContain(id);
  });

  it('reads business and data skills written in Portuguese and the other languages (batch 8: "Processos de Venda", "testes estatísticos")', () => {
    expect(tx.idsIn('Conhecimento e familiaridade com Processos de Venda', { language: 'pt' })).toContain('sales');
    expect(tx.idsIn('Domínio de análises estatísticas e testes estatísticos', { language: 'pt' })).toContain('statistics');
    expect(tx.idsIn('Experiência com marketing de conteúdo e visualização de dados', { language: 'pt' })).toEqual(
      expect.arrayContaining(['content-marketing', 'data-visualization']),
    );
    expect(tx.idsIn('Erfahrung in Prozessoptimierung und Datenvisualisierung', { language: 'de' })).toEqual(
      expect.arrayContaining(['process-improvement', 'data-visualization']),
    );
  });

  it('does not read a verb as a trade ("accounting for changes") or an equal-access pledge as a requirement (GDS templates)', () => {
    const jd = jdOf('jd-168-delivery-manager-en.md');
    expect(jd.must).not.toContain('accounting');
    expect(jdOf('jd-171-performance-analyst-en.md').must).not.toContain('learning-and-development');
    expect(jdOf('jd-170-user-researcher-en.md').must).toContain('user-research');
  });

  it('never makes diversity and inclusion a must-have skill', () => {
    for (const name of ['jd-039-infra-it.html', 'jd-017-recruiting-en.md', 'jd-044-security-it.md'])
      expect(jdOf(name).must).not.toContain('diversity-and-inclusion');
  });
});

describe('class 4: every line classified; soft skills and duties are not must-haves', () => {
  it('keeps soft skills apart: they steer behavioural questions, never count as missing skills', () => {
    const jd = jdOf('jd-003-recruiting-en.md');
    expect([...jd.must].sort()).toEqual(['candidate-sourcing', 'recruiting']);
    expect(jd.soft).toEqual(expect.arrayContaining(['communication', 'prioritisation']));
    const r = report('jd-003-recruiting-en.md', 'cv-012-fullstack-senior.json', '2024-01');
    expect(r.fitScore.missing.map((m) => m.skill)).not.toContain('Communication');
  });

  it('reads "You’ll need to accomplish the following things" as duties, not requirements', () => {
    const jd = jdOf('jd-024-frontend-en.md');
    for (const id of ['on-call', 'change-management', 'cross-functional-collaboration']) expect(jd.must).not.toContain(id);
  });

  it('knows Italian and French headings and notes the ad’s language', () => {
    const it_ = jdOf('jd-044-security-it.md');
    expect(it_.language).toBe('it');
    expect(it_.must).toEqual(expect.arrayContaining(['linux', 'cryptography', 'authentication', 'python']));
    expect(it_.minYears).toBe(7);
    expect(it_.notes[0]).toMatch(/written in Italian/);
    expect(jdOf('jd-037-frontend-fr.md').must).toEqual(expect.arrayContaining(['react', 'typescript', 'accessibility']));
  });

  it('reads German, Spanish and English ads of batch 4: "Wichtig für uns ist", "(Plus)", "Ideally…", "Express, Mongoose"', () => {
    // "## Wichtig für uns ist:" announces the requirements; a bullet list is one requirement per bullet.
    const de = jdOf('jd-132-community-de.md');
    expect(de.notes.join(' ')).not.toMatch(/no requirements list/);
    // "(Plus) Sabes HTML y CSS." is a nice-to-have.
    const es = jdOf('jd-133-community-es.md');
    expect(es.nice).toEqual(expect.arrayContaining(['html', 'css']));
    expect(es.must).not.toContain('html');
    // "Ideally…": iOS or Android is nice to have, not required, even when the ad has no requirements heading.
    const en = jdOf('jd-128-backend-en.html');
    expect(en.must).not.toContain('ios');
    expect(en.nice).toContain('ios');
    // "Express, Mongoose" opening a Spanish requirements bullet is the framework, not the word.
    expect(jdOf('jd-135-backend-es.md').must).toEqual(expect.arrayContaining(['express', 'nodejs', 'mongodb']));
  });

  it('reads a lead-in line inside a section as announcing the list below it ("… valoraremos … con:")', () => {
    // jd-075: no requirements heading; "… que buscamos en cualquier candidato son:", "En cuanto a conocimientos concretos:"
    // and "Adicionalmente, valoraremos la formación y/o experiencia con:" introduce must, must and nice lists.
    const jd = jdOf('jd-075-web-designer-es.md');
    expect(jd.must).toEqual(expect.arrayContaining(['html', 'css', 'sass', 'sketch']));
    expect(jd.nice).toEqual(expect.arrayContaining(['accessibility', 'javascript']));
    expect(jd.must).not.toContain('accessibility');
  });

  it('does not read the fields of a degree as required skills (jd-077: "degree in Computer Science, Machine Learning, or a related field")', () => {
    const line = "Bachelor's degree in Computer Science, Machine Learning, or a related field or equivalent experience.";
    expect(corpus('jd', 'jd-077-ml-en.md')).toContain(line);
    const jd = parseJd(`Data Analyst\nAcme\n\n## Requirements\n- ${line}\n- 3+ years of SQL and Python\n`, tx);
    expect(jd.must).not.toContain('machine-learning');
    expect(jd.must).toEqual(expect.arrayContaining(['sql', 'python']));
    // Not a degree: "a high degree of ownership", "10 ms in Kafka".
    const other = parseJd(
      'Engineer\nAcme\n\n## Requirements\n- A high degree of ownership over our Python services\n- Tuned latency to 10 ms in Kafka and Redis\n',
      tx,
    );
    expect(other.must).toEqual(expect.arrayContaining(['python', 'kafka', 'redis']));
  });

  it('reads a lone acronym in a list of skills as an item, not a heading (jd-095: "Deployments / SQL / Testing / Linux")', () => {
    const jd = jdOf('jd-095-ml-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['sql', 'linux', 'docker', 'kubernetes', 'deep-learning']));
  });

  it('knows the "Essential / Desirable selection criteria" of public-sector ads (jd-163)', () => {
    expect(classifyHeading('Essential selection criteria')).toBe('must');
    expect(classifyHeading('Person specification')).toBe('must');
    expect(classifyHeading('Desirable selection criteria')).toBe('nice');
    expect(jdOf('jd-163-programme-manager-en.md').must).toContain('project-management');
  });

  it('reads "You are…" as the requirements heading of an ad (jd-128: the stack listed under it is required)', () => {
    const jd = jdOf('jd-128-backend-en.html');
    expect(jd.must).toEqual(expect.arrayContaining(['python', 'django', 'mongodb', 'elasticsearch']));
    expect(jd.must).not.toContain('ios');
  });

  it('knows German, Spanish and Portuguese headings too (no such ad in the corpus: short ads written for the test)', () => {
    const de = parseJd(
      '# Backend-Entwickler (m/w/d)\n\nWir sind ein Softwareunternehmen in Berlin.\n\n## Deine Aufgaben\n- Du betreust Deployments mit Kubernetes\n\n## Dein Profil\n- Mindestens 3 Jahre Erfahrung mit Java und Spring Boot\n- Teamfähigkeit und Kommunikationsstärke\n\n## Wünschenswert\n- Erfahrung mit Kafka\n\n## Wir bieten\n- Gehalt: 60.000 – 75.000 € pro Jahr\n',
      tx,
    );
    expect([de.language, de.must, de.nice, de.minYears]).toEqual(['de', ['java', 'spring-boot'], ['kafka'], 3]);
    expect(de.soft).toEqual(expect.arrayContaining(['communication', 'teamwork']));
    expect(de.logistics.pay[0]).toMatch(/60\.000/);
    const es = parseJd(
      '# Desarrollador Frontend\n\nSomos una empresa de tecnología en Madrid y buscamos una persona para nuestro equipo.\n\n## Requisitos\n- Al menos 2 años de experiencia con TypeScript y React\n\n## Se valorará\n- Experiencia con Next.js\n\n## Proceso de selección\n- Llamada de 30 minutos con el equipo de talento\n- Prueba técnica en casa\n',
      tx,
    );
    expect([es.language, es.must, es.nice, es.minYears, es.process.length]).toEqual(['es', ['typescript', 'react'], ['nextjs'], 2, 2]);
    const pt = parseJd(
      '# Engenheiro de Dados\n\nA nossa empresa está buscando uma pessoa para o time de dados em São Paulo.\n\n## Requisitos\n- Experiência com Python e SQL\n\n## Diferenciais\n- Experiência com dbt\n',
      tx,
    );
    expect([pt.language, pt.must, pt.nice]).toEqual(['pt', ['python', 'sql'], ['dbt']]);
  });

  it('reads "X o Y", "and/or" and "e.g." lists as alternatives', () => {
    expect(jdOf('jd-039-infra-it.html').alternatives).toEqual(expect.arrayContaining([expect.arrayContaining(['gcp', 'azure', 'aws'])]));
  });

  it('puts pay, place and remote work in logistics, and the interview process in the loop', () => {
    const jd = jdOf('jd-044-security-it.md');
    expect(jd.logistics.pay.join(' ')).toMatch(/100\.000 euro/);
    const r = report('jd-005-bizops-en.md', 'cv-021-qa-to-ml.json', '2025-12');
    expect(r.loopSource).toBe('ad');
    expect(r.loop.some((l) => /case study/i.test(l.focus.join(' ')))).toBe(true);
    expect(r.overview.logistics?.remote.join(' ')).toMatch(/all-remote/);
    expect(ReportSchema.safeParse(r).success).toBe(true);
  });
});

describe('class 5: requirements written as prose or under "We’ll evaluate you based on"', () => {
  it('reads the CDS evaluation list as requirements', () => {
    expect(jdOf('jd-024-frontend-en.md').must).toEqual(expect.arrayContaining(['react', 'typescript', 'nextjs', 'accessibility']));
  });

  it('reads "Demonstrated technical skillset in Excel, SQL…" as a must even when the next sentence is a nice-to-have', () => {
    const jd = jdOf('jd-005-bizops-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['excel', 'sql', 'data-analysis', 'data-visualization']));
    expect(jd.nice).toEqual(expect.arrayContaining(['python']));
  });
});

describe('class 6: tracks and seniority of real ads', () => {
  it.each([
    ['jd-016-sre-en.md', 'sre'],
    ['jd-015-platform-en.md', 'sre'],
    // Dutch: "Klantzoeker" (a customer seeker) sells.
    ['jd-299-sales-nl.md', 'sales'],
    ['jd-017-recruiting-en.md', 'recruiting'],
    ['jd-029-bizdev-en.md', 'sales'],
    ['jd-021-product-en.md', 'product'],
    ['jd-022-design-en.md', 'design'],
    ['jd-028-procurement-en.md', 'operations'],
    ['jd-012-support-en.md', 'customer-success'],
    ['jd-163-programme-manager-en.md', 'operations'],
    ['jd-111-operations-en.md', 'operations'],
    ['jd-162-community-research-en.md', 'research'],
    ['jd-168-delivery-manager-en.md', 'operations'],
    ['jd-170-user-researcher-en.md', 'design'],
    ['jd-173-web-operations-en.md', 'sre'],
    ['jd-178-sales-executive-pt.md', 'sales'],
    ['jd-183-media-performance-pt.md', 'communications'],
  ])('%s is on the %s track', (name, track) => {
    expect(jdOf(name).track).toBe(track);
  });

  it('reads seniority behind front matter and in French titles', () => {
    expect(jdOf('jd-024-frontend-en.md').seniority).toBe('senior');
    expect(jdOf('jd-037-frontend-fr.md').seniority).toBe('senior');
  });

  it('gives new tracks questions, questions to ask and a loop of their own', () => {
    const r = report('jd-017-recruiting-en.md', 'cv-040-communications-vp.txt', '2013-12');
    expect(r.questions.slice(0, 10).some((q) => bank.byId.get(q.id)?.skillIds.includes('recruiting'))).toBe(true);
    expect(r.questionsToAsk[0].theme).toBe('Hiring and the people team');
    expect(r.loop.map((l) => l.name)).toContain('Stakeholder panel');
  });
});

describe('class 7: fit — career changes, juniors for senior roles, strong pairs', () => {
  it('calls a different profession a career change in the first line, with what transfers and a plan', () => {
    const r = report('jd-017-recruiting-en.md', 'cv-018-astrophysicist.json', '2023-12');
    expect(r.fitScore.label).toBe('career-change');
    expect(r.overview.summary).toMatch(/^Career change: your CV reads as scientific research and this is a recruiting and HR role\./);
    expect(r.fitScore.careerChange?.plan.length).toBeGreaterThanOrEqual(3);
    expect(r.plan[0].tasks[0]).toBe(r.fitScore.careerChange?.plan[0]);
  });

  it('does not call a communications VP applying to co-direct an organisation a career change (jd-111: leading is their trade too)', () => {
    const r = report('jd-111-operations-en.md', 'cv-040-communications-vp.txt', '2013-12');
    expect(r.fitScore.label).not.toBe('career-change');
    // …while an economist applying to manage a programme is one.
    expect(report('jd-163-programme-manager-en.md', 'cv-072-economist-pdf.txt', '2024-08').fitScore.label).toBe('career-change');
  });

  it('counts the years in roles like the one advertised, not the whole career, when the CV names other trades', () => {
    const cv = [
      'Sam Doe',
      '',
      '## Experience',
      '',
      '### Junior Developer, Acme',
      'Jan 2021 – Jun 2023',
      '- Built React and TypeScript features for the billing app',
      '',
      '### Customer Support Specialist, Globex',
      'Jan 2014 – Dec 2020',
      '- Answered customer tickets about billing',
    ].join('\n');
    const jd = corpus('jd', 'jd-024-frontend-en.md');
    const { report: r } = buildOfflineReport({ jd, cv, now: new Date('2023-06-15T12:00:00Z') });
    const years = r.fitScore.components.find((c) => c.name === 'Seniority and years');
    expect(years?.note).toMatch(/^9 years in the CV, 2 of them in roles like this one/);
    expect(years?.note).toMatch(/the CV reads as junior/);
  });

  it('does not call a former teacher who now works as a developer a career change for a developer role', () => {
    const cv = [
      'Sam Doe',
      '',
      '## Experience',
      '',
      'Software Developer, Acme, Jan 2022 – Jun 2024',
      '- Built Python services',
      '',
      'Mathematics Teacher, Hill School, Sep 2012 – Jul 2021',
      '- Taught maths to classes of 30 pupils',
      '- Wrote the maths curriculum and lesson plans',
      '- Tutored pupils for exams',
      '- Led the teaching of statistics',
      '',
      'Teacher, Dale School, Sep 2010 – Jul 2012',
      '- Classroom teaching',
    ].join('\n');
    const { report: r } = buildOfflineReport({ jd: corpus('jd', 'jd-103-backend-en.md'), cv, now: new Date('2024-07-15T12:00:00Z') });
    expect(r.fitScore.label).not.toBe('career-change');
  });

  it('reads the profession of a CV written in German, French, Spanish or Portuguese', () => {
    const cvOfText = (text: string) => parseCv(text, tx, new Date('2024-01-15T12:00:00Z'));
    expect(
      professionsOfCv(
        cvOfText('Max Muster\n\n## Berufserfahrung\n\nSoftwareentwickler, Acme GmbH, 2016 – heute\n- Entwickler im Backend-Team\n'),
      )[0],
    ).toBe('software');
    expect(
      professionsOfCv(cvOfText('Marie Dupont\n\n## Expérience\n\nAvocate, Cabinet X, 2012 – 2020\n- Avocate en droit social\n'))[0],
    ).toBe('law');
    expect(
      professionsOfCv(cvOfText('Ana Pérez\n\n## Experiencia\n\nPeriodista, El Diario, 2010 – 2022\n- Periodista de economía\n'))[0],
    ).toBe('communications');
    expect(
      professionsOfCv(
        cvOfText('João Silva\n\n## Experiência\n\nGerente de projetos, Empresa, 2015 – atual\n- Gerente de projetos de TI\n'),
      )[0],
    ).toBe('operations');
  });

  it('asks about a change of career only when the CV tells one (jd-127: a technical writer applying to write is not asked it)', () => {
    const switchStory = (r: ReturnType<typeof report>) => r.questions.findIndex((q) => q.id === 'gen-beh-career-switch-story');
    const writer = report('jd-127-writer-en.html', 'cv-085-technical-writer.txt', '2024-02');
    expect(writer.fitScore.careerChange).toBeFalsy();
    expect(switchStory(writer)).toBe(-1);
    // The astrophysicist applying to recruit is asked it, early, and told why.
    const changer = report('jd-017-recruiting-en.md', 'cv-018-astrophysicist.json', '2023-12');
    const at = switchStory(changer);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(10);
    expect(changer.questions[at].signals[0]).toBe('Your CV comes from another profession — expect to explain the move');
  });

  it('tells a principal engineer applying to a junior post that they will be asked why, and how to answer (jd-348)', () => {
    const r = report('jd-348-junior-full-stack-developer.html', 'cv-022-principal-engineer-fresh.json', '2023-10');
    expect(r.fitScore.careerChange).toBeFalsy();
    const why = r.questions.findIndex((q) => q.id === 'gen-beh-overqualified-why-this-role');
    expect(why).toBeGreaterThanOrEqual(0);
    expect(why).toBeLessThan(10);
    expect(r.questions[why].signals[0]).toBe('Your CV reads as staff for a junior role — expect them to ask why you want it');
    expect(r.positioning.risks[0].risk).toBe(
      'Your CV reads as staff and the role is junior: they will wonder why you want it and whether you will stay',
    );
    // A junior applying to the same post is neither asked it nor warned.
    const junior = report('jd-348-junior-full-stack-developer.html', 'cv-034-backend-junior.txt', '2025-12');
    expect(junior.questions.some((q) => q.id === 'gen-beh-overqualified-why-this-role')).toBe(false);
    expect(junior.positioning.risks.some((x) => x.risk.includes('will wonder why you want it'))).toBe(false);
  });

  it('ranks a career changer below a same-profession weak fit (an absolute band)', () => {
    const change = report('jd-043-procurement-it.html', 'cv-018-astrophysicist.json', '2023-12').fitScore;
    const weak = report('jd-039-infra-it.html', 'cv-011-fullstack-mid.json', '2019-06').fitScore;
    expect(change.label).toBe('career-change');
    expect(weak.label).not.toBe('career-change');
    expect(change.score).toBeLessThan(weak.score);
  });

  it('never rates a junior strong for a senior role', () => {
    const r = report('jd-027-infra-en.md', 'cv-034-backend-junior.txt', '2025-12');
    expect(['weak', 'partial']).toContain(r.fitScore.label);
  });

  it('scores a strong pair strong once the CV’s years are read', () => {
    const r = report('jd-027-infra-en.md', 'cv-025-devops-lead.txt', '2026-02');
    expect(r.fitScore.label).toBe('strong');
  });
});

describe('ranking and evidence on real pairs', () => {
  const r = report('jd-013-backend-en.md', 'cv-024-google-engineer.txt', '2016-01');
  const jd = jdOf('jd-013-backend-en.md');

  it('puts a question on every must-have skill the bank covers in the top 15', () => {
    const top = r.questions.slice(0, 15).flatMap((q) => bank.byId.get(q.id)?.skillIds ?? []);
    for (const id of jd.must) if (bank.questions.some((q) => q.skillIds.includes(id))) expect(top, id).toContain(id);
  });

  // jd-148 asks for fourteen skills: each still gets its own place in the first fifteen, not only the first twelve
  // (Java, eleventh on the list, was left to chance and missed with an architect's CV).
  it('puts a question on each of the fourteen must-haves of an ad that lists that many in the top 15 (jd-148)', () => {
    const jd148 = jdOf('jd-148-technical-manager-en.md');
    const unit = alternativeUnit(jd148);
    expect(new Set(jd148.must.map(unit)).size).toBe(14);
    const top = report('jd-148-technical-manager-en.md', 'cv-202-architect-automation-engineer-es.md', '2023-04')
      .questions.slice(0, 15)
      .flatMap((q) => bank.byId.get(q.id)?.skillIds ?? []);
    for (const id of jd148.must) expect(top, id).toContain(id);
  });

  // Item 5, difficulty follows the role's level: a junior support ad (jd-080) and a junior service-desk ad (jd-261)
  // require skills whose first curated questions were all written for senior people (scaling a support team, an
  // Active Directory joiners-movers-leavers process); they reached the juniors' top ten, as a mid-level "shared quality
  // ownership" question reached a junior QA ad's (jd-214).
  it("asks a junior only questions written for the role's level in its top ten (jd-080, jd-261, jd-214)", () => {
    for (const [ad, skill] of [
      ['jd-080-support-en.md', 'customer-support'],
      ['jd-261-service-desk-agent-en.md', 'it-support'],
      // (Its level-fit questions on manual testing and QA run out at eight: the ninth place goes to another of its level.)
      ['jd-214-junior-qa-engineer-en.md', 'quality-assurance'],
    ] as const) {
      const top = report(ad, 'cv-181-call-centre-to-developer.txt', '2024-01').questions.slice(0, 10);
      const curated = top.flatMap((q) => (q.id.startsWith(GENERATED_PREFIX) ? [] : [bank.byId.get(q.id)]));
      expect(
        curated.filter((q) => !q?.levels.includes('junior')).map((q) => q?.id),
        ad,
      ).toEqual([]);
      expect(
        top.some((q) => bank.byId.get(q.id)?.skillIds.includes(skill)),
        ad,
      ).toBe(true);
    }
  });

  it("fills a level the bank's questions on a required skill miss with questions built for the skill, not another level's (jd-261)", () => {
    const jd = jdOf('jd-261-service-desk-agent-en.md');
    const cv = cvOf('cv-181-call-centre-to-developer.txt', '2024-01');
    // The bank as it was: no IT-support question written for a junior.
    const questions = bank.questions.filter((q) => !(q.levels.includes('junior') && q.skillIds.includes('it-support')));
    const top = rankQuestions({
      jd,
      matches: matchSkills(jd, cv, tx),
      panel: [],
      questions,
      generated: bank.generated,
      loop: loopFor(bank.loops, jd.track),
      taxonomy: tx,
    }).slice(0, 10);
    expect(top.filter((q) => !bank.byId.get(q.id)?.levels.includes('junior')).map((q) => q.id)).toEqual([]);
    expect(top.some((q) => q.id.startsWith(`${GENERATED_PREFIX}it-support`))).toBe(true);
  });

  // jd-236 asks for "deep expertise in at least one backend language (Java, Python, JavaScript/TypeScript, or Go)".
  const PYTHONIST =
    '# Pat Doe\n\n## Experience\n\n### Backend Engineer, Acme (2018 - 2023)\n- Built REST APIs in Python and PostgreSQL, cutting p95 latency by 40%\n';
  const jd236 = (cv: string) =>
    buildOfflineReport({ jd: corpus('jd', 'jd-236-software-engineer-en.md'), cv, now: new Date('2024-01-15T12:00:00Z') }).report;

  it('asks about one language of a "one of Java, Python, JavaScript/TypeScript or Go" list, the one the CV shows (jd-236)', () => {
    expect(jdOf('jd-236-software-engineer-en.md').alternatives).toContainEqual(['java', 'python', 'javascript', 'typescript', 'go']);
    const questions = jd236(PYTHONIST).questions;
    const top15 = new Set(questions.slice(0, 15).flatMap((q) => bank.byId.get(q.id)?.skillIds ?? []));
    const languages = ['java', 'python', 'javascript', 'typescript', 'go'].filter((id) => top15.has(id));
    expect(languages).toContain('python');
    // The list is one requirement: not a question for each of its five languages.
    expect(languages.length).toBeLessThanOrEqual(2);
    // Python meets the list: no "your CV shows Python, not Go: expect a question on the difference".
    expect(questions.flatMap((q) => q.signals).filter((x) => /shows Python, not/.test(x))).toEqual([]);
  });

  it('calls a same-trade CV that shows under a third of the must-haves partial at best, and says why (jd-236)', () => {
    const fit = jd236(PYTHONIST).fitScore;
    expect(fit.label).toBe('partial');
    expect(fit.score).toBeLessThanOrEqual(61);
    expect(fit.summary).toMatch(/held at \d+ because the CV shows under a third of the must-haves/);
  });

  it('counts a list of alternatives as one must-have in the fit, met by the one the CV shows (jd-236)', () => {
    const fit = jd236(PYTHONIST).fitScore;
    const ad = jdOf('jd-236-software-engineer-en.md');
    const part = fit.components.find((c) => c.name === 'Must-have skills');
    expect(part?.note).toMatch(new RegExp(`^\\d+ of ${ad.must.length - 4} shown directly.*a list of alternatives counts once`));
    // Python meets the list: Java and Go are neither transferable nor missing.
    expect(fit.adjacent.map((a) => a.skill)).not.toContain('Java');
    expect(fit.missing.map((m) => m.skill)).not.toContain('Go');
  });

  it('spreads likelihoods over at least 40 points', () => {
    expect(r.questions[0].likelihood - (r.questions.at(-1)?.likelihood ?? 0)).toBeGreaterThanOrEqual(40);
  });

  it('asks a junior no hard system design', () => {
    const junior = report('jd-030-tech-ops-en.md', 'cv-023-student-junior.txt', '2020-09');
    expect(junior.role.seniority).toBe('mid');
    const j = buildOfflineReport({
      jd: '# Junior Backend Developer\n\n## Requirements\n- Python and PostgreSQL\n- Git\n',
      cv: corpus('cv', 'cv-034-backend-junior.txt'),
      now: new Date('2025-12-15'),
    }).report;
    expect(j.questions.filter((q) => q.category === 'system-design' && q.difficulty === 'hard')).toEqual([]);
  });

  it('tells a result from a version, model or form number', () => {
    const cv = parseCv(
      'Jo\n## Experience\nEngineer, Acme (Jan 2020 – Jan 2022)\n- Migrated 14 Angular modules to Angular 15\n- Prepared Form 1040 and W-2 filings\n- Trained models on 8 RTX 3090 GPUs\n- Cut onboarding time from 3 weeks to 4 days\n- Served 2M monthly active users\n',
      tx,
      new Date('2026-01-01'),
    );
    expect(cv.quantified).toEqual(['Cut onboarding time from 3 weeks to 4 days', 'Served 2M monthly active users']);
  });

  it('matches spelling variants and tool-to-practice relations', () => {
    expect(tx.idsIn('Built models in Tensor flow and Tensorflow')).toContain('tensorflow');
    const cv = parseCv(
      'Jo\n## Experience\nEngineer, Acme (Jan 2020 – Jan 2022)\n- Ran Jenkins pipelines and GitHub pull requests\n- Wrote API testing suites\n',
      tx,
      new Date('2026-01-01'),
    );
    expect([...cv.skills.keys()]).toEqual(expect.arrayContaining(['jenkins', 'ci-cd', 'git', 'api-testing']));
    // A designer who works in Figma or Sketch does interface design (jd-169 asks for "interface design").
    const designer = parseCv(
      'Jo\n## Experience\nProduct Designer, Acme (Jan 2020 – Jan 2022)\n- Designed the app in Figma\n',
      tx,
      new Date('2026-01-01'),
    );
    expect(designer.skills.has('ui-design')).toBe(true);
  });
});

describe('class: French spellings that keep an elided article, and common ways of asking for a manager or Agile', () => {
  it('finds "gestion d’équipes" in a French ad although articles are split off for other spellings', () => {
    // jd-033 (dev): "Expérience et approche de gestion d’équipes multidisciplinaires …"
    expect(jdOf('jd-033-product-fr.md').must).toContain('people-management');
  });

  it('reads "as a team leader or manager" and "agile principles" as requirements', () => {
    expect(tx.idsIn('2+ years as a team leader or manager.')).toContain('people-management');
    expect(tx.idsIn('Experience applying agile principles to delivery.')).toContain('agile');
  });
});

describe('class: a requirement clause inside a sentence that opens as a duty', () => {
  it('reads "should be comfortable with code (HTML, CSS, GitHub)" after "You will collaborate …"', () => {
    // jd-023 (dev), under "What you’ll be doing".
    const jd = jdOf('jd-023-design-frontend-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['html', 'css', 'git']));
  });

  it('keeps a duty sentence without such a clause out of the requirements', () => {
    const jd = parseJd(
      'Engineer\n\n## What you will do\n\n- You will build services in Go and deploy them with Terraform.\n\n## Requirements\n\n- Experience with Go.\n',
      tx,
    );
    expect(jd.must).toEqual(['go']);
  });
});

describe('class: common optional wordings read as nice-to-have', () => {
  it('reads "good to have", "would be beneficial", "un plus", "apprezzata" and an "Assets" heading as optional', () => {
    const jd = parseJd(
      'Engineer\n\n## Requirements\n\n- Experience with Python.\n- Kafka is good to have.\n- Knowledge of Terraform would be beneficial.\n\n## Assets\n\n- Rust\n',
      tx,
    );
    expect(jd.must).toEqual(['python']);
    expect(jd.nice).toEqual(expect.arrayContaining(['kafka', 'terraform', 'rust']));
    expect(NICE_CUE.test('La conoscenza di Docker sarà apprezzata')).toBe(true);
    expect(NICE_CUE.test('La connaissance de Docker est un plus')).toBe(true);
  });

  it('reads the Dutch "(pré)", "een pré", "pluspunt" and "bij voorkeur" as optional (batch 17, DevPort)', () => {
    const jd = jdOf('jd-256-frontend-developer-nl.md');
    const line = jd.requirements.find((r) => r.text.startsWith('Ervaring met frameworks als React'));
    expect(line?.kind).toBe('nice');
    expect(jd.must).toEqual(expect.arrayContaining(['html', 'css', 'javascript']));
    for (const s of ['Dan is dat een pré', 'Kennis van Docker is een pluspunt', 'bij voorkeur met ervaring in Go'])
      expect(NICE_CUE.test(s), s).toBe(true);
  });
});

describe('class: a duty sub-heading that starts with "Evaluating" is not a requirements heading', () => {
  it('keeps "Evaluating and implementing single sign-on software …" out of the must section', () => {
    // jd-007 (dev): the prose under that sub-heading mentions HubSpot in passing.
    expect(classifyHeading('Evaluating and implementing single sign-on software to make onboarding smoother.')).not.toBe('must');
    expect(classifyHeading('How we will evaluate you')).toBe('must');
    expect(jdOf('jd-007-tech-ops-en.md').must).not.toContain('hubspot');
  });
});

describe('class: "continuous improvement" of a product is not the Process Improvement discipline', () => {
  it('does not read process-improvement from "drive continuous improvement" (jd-009, jd-021, dev)', () => {
    expect(jdOf('jd-009-product-en.md').must).not.toContain('process-improvement');
    expect(jdOf('jd-021-product-en.md').must).not.toContain('process-improvement');
    expect(tx.idsIn('Lean Six Sigma and process optimisation')).toContain('process-improvement');
  });
});

describe('class: the job title names a required skill', () => {
  it('reads customer-support from "Head of Customer Support" and business-development from the title of jd-029 (dev)', () => {
    expect(jdOf('jd-012-support-en.md').must).toContain('customer-support');
    expect(jdOf('jd-029-bizdev-en.md').must).toContain('business-development');
  });
});

describe('class: "About your team" describes the team, it is not "About you"', () => {
  it('classifies the heading as the role, and keeps the team’s duties out of the must-haves (jd-030, dev)', () => {
    expect(classifyHeading('About your team')).toBe('role');
    expect(classifyHeading('About you')).toBe('must');
    const jd = jdOf('jd-030-tech-ops-en.md');
    expect(jd.must).not.toContain('procurement');
    expect(jd.must).not.toContain('aws');
  });
});

describe('class: more duty, team and process headings seen on real ads (dev)', () => {
  it('classifies them by what they announce', () => {
    expect(classifyHeading('What you’ll be doing')).toBe('resp'); // jd-023
    expect(classifyHeading('In the first year you will…')).toBe('resp'); // jd-012
    expect(classifyHeading('Your first project could be')).toBe('resp'); // jd-005
    expect(classifyHeading('About the Learning Resources team')).toBe('role'); // jd-023
    expect(classifyHeading('General process information')).toBe('process'); // jd-023
  });
});

describe('class: blog posts and jobs pages that name the job below the page title (batch 9, dev)', () => {
  it('a jobs page titled "Vacantes" names the job in its heading, without the "Poste vacant –" prefix', () => {
    const jd = jdOf('jd-189-editor-in-chief-fr.md');
    expect(jd.title).toBe('Rédacteur(ice) en chef du Programming Historian en français');
    expect(jd.seniority).toBe('staff');
    expect(jd.track).toBe('communications');
  });

  it('"Appel à candidatures : le Programming Historian recrute des rédacteurs" names the job and the employer', () => {
    const jd = jdOf('jd-190-editor-fr.md');
    expect(jd.title).toMatch(/^Rédacteurs/);
    expect(jd.company).toBe('Programming Historian en français');
    expect(jd.track).toBe('communications');
  });

  it('"Assistant Director Position with Data Carpentry" is a director, not an assistant', () => {
    const jd = jdOf('jd-186-associate-director-en.html');
    expect(jd.title).toBe('Assistant Director');
    expect(jd.seniority).toBe('staff');
  });

  it('reads IT support, technical content, product-first and research-software titles on their own tracks', () => {
    expect(jdOf('jd-191-system-manager-en.md').track).toBe('operations');
    expect(jdOf('jd-187-technical-content-specialist-en.html').track).toBe('technical-writing');
    expect(jdOf('jd-188-product-community-lead-en.html').track).toBe('product');
    expect(jdOf('jd-192-research-software-developer-en.html').track).toBe('backend');
  });

  it('"2i2c" is an organisation, not the I2C bus of embedded systems', () => {
    const line = 'in collaboration with the engineering and sustainability teams within 2i2c.';
    expect(tx.idsIn(line)).not.toContain('embedded-systems');
    expect(jdOf('jd-188-product-community-lead-en.html').must).not.toContain('embedded-systems');
    expect(tx.idsIn('Experience with I2C and SPI')).toContain('embedded-systems');
  });

  it('"technical communication and documentation skills" asks for documentation', () => {
    expect(jdOf('jd-188-product-community-lead-en.html').must).toContain('documentation');
  });
});

describe('class: CVs whose dates stand apart from their roles, and study listed as experience (batch 9, dev)', () => {
  it('a flattened PDF whose dates sit in a column of their own states "8+ years" in its summary', () => {
    const cv = cvOf('cv-094-marketing-technology-pdf.txt', '2026-01');
    expect(cv.years).toBe(8);
  });

  it('dates that open an entry above its title ("2017 –" / "Present" / "Product Manager, Google, …") take the title below', () => {
    const cv = cvOf('cv-053-product-manager-pdf.txt', '2020-12');
    expect(cv.roles.map((r) => [r.title, r.company])).toContainEqual(['Product Manager', 'Google']);
  });

  it('an Erasmus exchange and a degree listed under experience are not years of work', () => {
    const cv = cvOf('cv-096-research-technician-es.txt', '2021-07');
    expect(cv.years).toBeLessThanOrEqual(1);
  });
});

describe('class: professions named in Spanish and French role titles (dev CVs)', () => {
  it('"Encargado de Comunicaciones", "Redactor", "Community Manager" are communications', () => {
    expect(professionsOfCv(cvOf('cv-091-communications-es.txt', '2020-10'))).toContain('communications');
  });

  it('"Adjoint Administratif" is office administration', () => {
    expect(professionsOfCv(cvOf('cv-079-admin-to-it-support-fr.txt', '2022-11'))).toContain('administration');
  });
});

describe('class: business ads in Dutch, Italian and Portuguese (batch 10, dev)', () => {
  it('a Dutch finance ad: headings, years and accounting terms', () => {
    const jd = jdOf('jd-195-finance-director-nl.md');
    expect(jd.minYears).toBe(5);
    expect(jd.must).toEqual(expect.arrayContaining(['accounting', 'financial-reporting']));
    expect(jd.track).toBe('operations');
  });

  it('a Dutch customer-service ad: "Wat verwachten wij van jou?" lists the requirements, "Projectmanagement ervaring" is project management', () => {
    const jd = jdOf('jd-196-customer-service-lead-nl.md');
    expect(jd.minYears).toBe(3);
    expect(jd.must).toContain('project-management');
    expect(jd.track).toBe('customer-success');
  });

  it('"almeno 2 e massimo 4 anni" asks for 2 years; "Analisi di Bilancio" is financial reporting', () => {
    expect(yearsIn('almeno 2 e massimo 4 anni di esperienza in ruoli similari')).toBe(2);
    const jd = jdOf('jd-202-financial-officer-it.md');
    expect(jd.must).toContain('financial-reporting');
    expect(jd.track).toBe('operations');
  });

  it('"resultados virão em 5 anos" is a time ahead, not years of experience; "Head de Vendas" leads', () => {
    expect(yearsIn('Se não estiver disposto a correr riscos de carreira (resultados virão em 5 anos).')).toBeUndefined();
    const jd = jdOf('jd-199-head-of-sales-pt.md');
    expect(jd.minYears).toBeUndefined();
    expect(jd.seniority).toBe('staff');
  });

  it('"8+ years experience in B2B sales, preferably at a startup" requires sales', () => {
    const jd = jdOf('jd-197-sales-director-en.md');
    expect(jd.must).toContain('sales');
    expect(jd.minYears).toBe(8);
  });

  it('a jobs page titled "Your career at Skribble" names the job below it', () => {
    const jd = jdOf('jd-193-customer-success-manager-de.md');
    expect(jd.title).toBe('Customer Success Manager Deutschland');
    expect(jd.track).toBe('customer-success');
  });
});

describe('class: a JavaScript module per job whose dates are code, "Date.UTC(2014, 10)" (batch 19, dev)', () => {
  it('reads JavaScript months from 0 and the employer from a nested object, so the career has its years', () => {
    const cv = cvOf('cv-132-fullstack-js-developer-fr.txt', '2019-03');
    // "Date.UTC(2014, 10)" is November 2014, not October; the employer comes from "for: { name: 'CGI' }".
    expect(cv.roles.find((r) => r.title === 'Chargé de projet')?.line).toBe('Chargé de projet, CGI, 2014-11 – 2016-03');
    expect(cv.roles).toHaveLength(12);
    expect(cv.years).toBeGreaterThanOrEqual(8);
    expect(cv.years).toBeLessThanOrEqual(9);
  });
});

describe('class: a data file whose dates are split into a month and a year field ("MonthOfLeaving", "YearOfLeaving") (batch 20, dev)', () => {
  it('reads each job from "dateStarted", the month and year of leaving, and "specialization" as its title', () => {
    const cv = cvOf('cv-140-marketing-digital-product-leader.txt', '2026-03');
    expect(cv.roles.map((r) => r.line)).toContain('Marketing Manager, IQVIA, April 2013 – October 2020');
    expect(cv.years).toBeGreaterThanOrEqual(15);
    expect(cv.years).toBeLessThanOrEqual(16);
  });
});

describe('class: a JavaScript data file whose dates sit in their own fields (batch 10, dev)', () => {
  it('reads each job with its title, not the date field, so the latest role says front-end developer', () => {
    const cv = cvOf('cv-098-sales-to-frontend.txt', '2021-02');
    expect(cv.roles.map((r) => r.title)).toEqual(expect.arrayContaining(['Sales-manager', 'Front-end developer']));
    expect(cv.roles.some((r) => /date:/.test(r.title))).toBe(false);
    expect(cv.years).toBeGreaterThanOrEqual(5);
  });
});

describe('class: a French data file with its education under "formation" (batch 10, dev)', () => {
  it('reads the work-study year and leaves the Master and Licence out of the years', () => {
    const cv = cvOf('cv-099-marketing-assistant-fr.txt', '2020-11');
    expect(cv.roles.map((r) => r.title)).toContain('Assistante Marketing');
    expect(cv.roles.some((r) => /Master|Licence|Université/.test(r.title))).toBe(false);
    expect(cv.years).toBeLessThanOrEqual(1.5);
  });
});

describe('class: formats of batch 11 (dev): a JSON posting, a Django template, JavaScript CV modules', () => {
  it('reads a job posting kept as a JSON object: title, employer, requirements', () => {
    const jd = jdOf('jd-217-data-science-lead-fr.json');
    expect(jd.title).toBe('Data Science Lead');
    expect(jd.company).toBe('Qwarry');
    expect(jd.track).toBe('data-science');
    expect(jd.must).toEqual(expect.arrayContaining(['python', 'machine-learning']));
  });

  it('keeps the words of translation tags in a Django template and drops the others', () => {
    const text = cleanDocument(corpus('jd', 'jd-212-customer-success-en.html')).text;
    expect(text).toContain('Customer success and care');
    expect(text).not.toMatch(/\{%|%\}/);
    expect(jdOf('jd-212-customer-success-en.html').company).toBe('Weblate');
  });

  it('"Posición abierta para Desarrollador Jr. de Software en el IFARHU (Noviembre 2018)" is the job alone', () => {
    expect(jdOf('jd-213-junior-developer-es.md').title).toBe('Desarrollador Jr. de Software');
  });

  it('a "Backend Engineer" keeps the backend track whatever its infrastructure stack', () => {
    expect(jdOf('jd-206-backend-engineer-en.md').track).toBe('backend');
  });

  it('an infrastructure stack under a plain title is a DevOps post, and a web developer who ships with it stays a developer', () => {
    // "Requisitos · Infraestrutura": Linux, Docker, Kubernetes, Terraform and a cloud, with no SRE in the title.
    expect(jdOf('jd-158-infra-pt.md').track).toBe('devops');
    // A Magento developer's ad asks for PHP, JavaScript and MySQL as much as for Docker and a cloud: full stack.
    expect(jdOf('jd-343-magento-developer-fr.md').track).toBe('fullstack');
  });

  it('a CV module of several "export default" values reads the jobs after the education', () => {
    const cv = cvOf('cv-104-lambda-school-lead.txt', '2021-09');
    expect(cv.roles.map((r) => r.title)).toEqual(expect.arrayContaining(['Section Lead', 'Tech Lead']));
    expect(cv.years).toBeGreaterThanOrEqual(6);
  });
});

describe('class: titles, tracks and front matter of batch 12 (dev)', () => {
  it('a site that keeps its jobs as a list in the front matter: the first job is the ad', () => {
    const jd = jdOf('jd-226-accountant-fr.md');
    expect(jd.title).toBe('Comptable Confirmé(e)');
    expect(jd.track).toBe('operations');
    expect(jd.must).toContain('accounting');
  });

  it('"Seeking part-time Grant Administrator" is a grant administrator, in operations', () => {
    const jd = jdOf('jd-223-grant-administrator-en.md');
    expect(jd.title).toBe('Grant Administrator');
    expect(jd.track).toBe('operations');
  });

  it('a security operations engineer is security, a customer relations manager is sales', () => {
    const soc = jdOf('jd-231-security-operations-engineer-en.md');
    expect(soc.track).toBe('security');
    expect(soc.company).not.toBe('Security');
    expect(jdOf('jd-229-customer-relations-manager-de.md').track).toBe('sales');
  });
});

describe('class: an employer named with its legal form (batch 10, dev)', () => {
  it('"PagoPA S.p.A." and "Die LanguageTooler GmbH" name the employer, without the article', () => {
    expect(jdOf('jd-200-hr-specialist-it.md').company).toBe('PagoPA S.p.A.');
    expect(jdOf('jd-205-sea-manager-de.html').company).toBe('LanguageTooler GmbH');
  });
});

describe('class: what a requirement line names without asking for it as a skill (an account to link, an interest)', () => {
  it('does not read "Enthusiasm for open source software" or "If you have a GitHub account" as must-have skills', () => {
    const sre = jdOf('jd-122-sre-en.md');
    expect(sre.requirements.some((r) => /Enthusiasm for open source software/.test(r.text))).toBe(true);
    expect(sre.must).not.toContain('open-source');
    expect(sre.must).toContain('postgresql');
    expect(jdOf('jd-129-content-engineer-en.html').must).not.toContain('git');
  });

  it('keeps an interest asked for together with experience ("knowledge, experience in and passion for web user centred design")', () => {
    expect(jdOf('jd-170-user-researcher-en.md').must).toContain('user-centred-design');
  });
});

describe('class: optional wording inside a required line covers its own clause (batch 2 and batch 1, dev)', () => {
  it('an optional aside covers its own clause: "(Docker / Kubernetes / Helm production experience required) (Spinnaker experience preferred)"', () => {
    const jd = jdOf('jd-052-sre-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['docker', 'kubernetes', 'helm']));
    expect(jd.must).not.toContain('spinnaker');
    // "(Not essential) experience in a customer-facing function": an aside that is only the optional wording covers the line.
    const customer = jdOf('jd-011-customer-engineer-en.md');
    expect(customer.must).not.toContain('developer-relations');
    expect(customer.nice).toContain('developer-relations');
  });

  it.each([
    ['Experience with relational databases, ideally PostgreSQL', ['relational-databases'], ['postgresql']],
    ['Solid JavaScript knowledge (TypeScript is a bonus)', ['javascript'], ['typescript']],
    ['Fluent in SQL, knowledge of dbt preferred', ['sql'], ['dbt']],
    ['Experience with React or Vue, ideally both', ['react', 'vue'], []],
    ['Knowledge of Docker and Kubernetes is a plus', [], ['docker', 'kubernetes']],
  ])('"%s": the optional wording covers its own clause only', (line, must, nice) => {
    const jd = parseJd(`Backend Engineer\n\n## Requirements\n- 3+ years of Python\n- ${line}\n`, tx);
    for (const id of must) expect(jd.must, id).toContain(id);
    for (const id of nice) expect(jd.nice, id).toContain(id);
    for (const id of nice) expect(jd.must, id).not.toContain(id);
  });
});

describe('class: an ad written one item a line, with no bullet marks and plain-text headings (batch 19, dev)', () => {
  it('keeps each line its own item and reads "Preferred Qualifications" as optional, not one wall of text', () => {
    const jd = jdOf('jd-282-llm-developer-en.md');
    // Required: the stack under "Technical Skills", one line each.
    expect(jd.must).toEqual(expect.arrayContaining(['python', 'langchain', 'llamaindex', 'hugging-face', 'fastapi']));
    // Optional: the lines under "Preferred Qualifications".
    expect(jd.nice).toEqual(expect.arrayContaining(['ai-agents', 'model-compression']));
    expect(jd.must).not.toContain('ai-agents');
    // The duties under "Key Responsibilities" are duties, not requirements.
    for (const id of ['rlhf', 'caching', 'responsible-ai']) expect(jd.must, id).not.toContain(id);
    expect(jd.minYears).toBe(3);
  });

  it('"Experience with LangChain, LlamaIndex, or Hugging Face" is an item, though it opens with a heading word', () => {
    const text = cleanDocument(normaliseText(corpus('jd', 'jd-282-llm-developer-en.md'))).text;
    expect(text).toMatch(/^Experience with LangChain, LlamaIndex, or Hugging Face$/m);
    expect(parseJd(text, tx).requirements.map((r) => r.text)).toContain('Experience with LangChain, LlamaIndex, or Hugging Face');
  });

  it('still joins wrapped German prose, whose lines open with capitalised nouns (batch 12, dev)', () => {
    const jd = jdOf('jd-229-customer-relations-manager-de.md');
    expect(jd.company).not.toMatch(/\n/);
    const text = cleanDocument(normaliseText(corpus('jd', 'jd-229-customer-relations-manager-de.md'))).text;
    expect(text).toMatch(/für die Situation vor Ort\./);
  });

  it('splits a benefits list written one item a line (batch 15, dev)', () => {
    const text = cleanDocument(normaliseText(corpus('jd', 'jd-244-frontend-developer-de.md'))).text;
    expect(text).toMatch(/^Flache Hierarchie mit einer freundschaftlichen Atmosphäre$/m);
  });
});

describe('class: a notice to recruitment agencies is boilerplate, not a requirement (batch 19 and batch 17, dev)', () => {
  it('"Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld" asks for no prospecting', () => {
    expect(jdOf('jd-277-frontend-engineer-nl.md').must).not.toContain('prospecting');
  });

  it.each([
    'No agencies please.',
    'We do not accept unsolicited resumes from recruitment agencies.',
    'Vermittlungsangebote von Personalvermittlern sind unerwünscht.',
    'Les cabinets de recrutement ne sont pas acceptés pour ce poste.',
  ])('"%s" is boilerplate', (line) => {
    expect(isLegalLine(line)).toBe(true);
  });

  it('asking for agency or headhunting experience is still a requirement', () => {
    expect(isLegalLine('2 years of recruitment agency experience, headhunting background preferred')).toBe(false);
  });
});

describe('class: a heading that asks for something, and "Opcionales" (batch 19, dev)', () => {
  it('"Experiencia en Python(3.x) y la plataforma Django, incluyendo:" requires Python and Django; "Opcionales" lists wishes', () => {
    const jd = jdOf('jd-279-backend-developer-es.md');
    expect(jd.must).toEqual(expect.arrayContaining(['python', 'django']));
    expect(jd.nice).toEqual(expect.arrayContaining(['aws', 'azure', 'machine-learning']));
    for (const id of ['aws', 'azure', 'machine-learning']) expect(jd.must, id).not.toContain(id);
  });

  it.each([
    ['Opcionales', 'nice'],
    ['Optional', 'nice'],
    ['Opcionais', 'nice'],
    ['Optionale Kenntnisse', 'nice'],
    ['Habilidades', 'must'],
    ['Fähigkeiten', 'must'],
  ])('the heading "%s" announces %s', (heading, part) => {
    expect(classifyHeading(heading)).toBe(part);
  });
});

describe('class: a title wrapped in a board word and the employer ("Vacature … bij Deli Home (Eibergen)", "… - Kubide") (batch 19, dev)', () => {
  it('reads the job alone', () => {
    expect(jdOf('jd-277-frontend-engineer-nl.md').title).toBe('Software Engineer Front-end');
    const kubide = jdOf('jd-281-backend-developer-es.md');
    expect(kubide.title).toBe('Backend Developer (Node.js / NestJS)');
    expect(kubide.company).toBe('Kubide');
  });
});

describe('class: the employer named by its own "About <Name>" heading, though the name is also a tool\'s (batches 2, 3, 5 and 14, dev)', () => {
  it('"## About MUI" names MUI, not the "Google" of "Google\'s Material Design"', () => {
    expect(jdOf('jd-142-recruiting-en.md').company).toBe('MUI');
    expect(jdOf('jd-092-product-en.md').company).toBe('Blockstack');
  });

  it('"MUI is a fully remote company" names the employer though MUI is also a library', () => {
    const jd = parseJd(
      "# Customer Support Agent\n\nMUI's story began with Material UI, an implementation of Google's Material Design.\n\nMUI is a fully remote company with a team that spans the globe.\n\n## Requirements\n\n- Excellent written English\n",
      tx,
    );
    expect(jd.company).toBe('MUI');
  });

  it.each([
    ['## About Acme Labs', 'Acme Labs'],
    ['## About Working Here', ''],
    ['## Über uns', ''],
    ['## About the Role', ''],
  ])('"%s" names the employer "%s"', (heading, company) => {
    const jd = parseJd(
      `# Backend Engineer\n\n${heading}\n\nWe build tools for people around the world every day.\n\n## Requirements\n\n- Python\n`,
      tx,
    );
    expect(jd.company).toBe(company);
  });

  it('"Über dich" and "ABOUT HACK CLUB" name no employer from the heading', () => {
    expect(jdOf('jd-233-support-engineer-de.md').company).not.toBe('dich');
    expect(jdOf('jd-071-customer-success-en.md').company).toBe('Hack Club');
  });
});

describe("class: a job's name in the employer's place is no employer (batch 20 and batch 15, dev)", () => {
  it('front matter "organization: Java Developer" is ignored; a possessive inside a longer name is not the employer', () => {
    const dizzion = jdOf('jd-297-senior-java-developer-en.md');
    expect(dizzion.company).not.toBe('Java Developer');
    expect(dizzion.company).toMatch(/^Dizzion/);
    expect(jdOf('jd-244-frontend-developer-de.md').company).not.toBe('Frontend Entwickler');
    // "the Governor's Office of Information Technology": not "Governor".
    expect(jdOf('jd-291-procurement-specialist-en.md').company).not.toBe('Governor');
  });
});

describe("class: the ad's interview rounds, wherever the ad states them (dev ads of batches 1, 2, 4, 11, 12, 14, 15, 16, 18, 19 and 21)", () => {
  const rounds = (name: string) => loopFromAd(jdOf(name)).map((r) => r.focus.join(' '));

  it('takes a round stated in a paragraph after a list ("all interviews will be conducted via video"), first, before the usual loop', () => {
    const jd = jdOf('jd-016-sre-en.md');
    expect(rounds('jd-016-sre-en.md')).toEqual([expect.stringMatching(/all interviews will be conducted via video or teleconference/)]);
    expect(loopSection(undefined, jd).source).toBe('ad-and-template');
    const r = report('jd-016-sre-en.md', 'cv-021-qa-to-ml.json', '2025-12');
    expect(r.loopSource).toBe('ad-and-template');
    expect(r.loop[0].focus[0]).toMatch(/^From the ad: .*video/);
    expect(r.loop.length).toBeGreaterThan(1);
    expect(renderMarkdown(r)).toContain('The first round is the one the ad names; the rest is a typical loop for this track.');
  });

  it.each([
    ['jd-233-support-engineer-de.md', /ersten Videocall/],
    ['jd-249-librarian-fr.md', /test écrit de 2 heures/],
    ['jd-213-junior-developer-es.md', /pruebas de conocimientos básicos/],
    ['jd-220-senior-software-engineer-tooling-en.md', /Our interview process is humane and traditional/],
  ])('reads the round %s states in its own words', (name, round) => {
    expect(rounds(name).join(' | ')).toMatch(round);
  });

  it('reads the written test as two hours, in French ("un test écrit de 2 heures")', () => {
    expect(loopFromAd(jdOf('jd-249-librarian-fr.md'))[0].minutes).toBe(120);
  });

  it('reads the steps under a lead-in that announces the process ("Nuestro proceso consiste solo en 2 pasos:")', () => {
    const jd = jdOf('jd-267-technical-coach-es.md');
    expect(rounds('jd-267-technical-coach-es.md')).toEqual([
      expect.stringMatching(/charlaremos 30 minutos/),
      expect.stringMatching(/sesión de pair programming/),
    ]);
    expect(loopSection(undefined, jd).source).toBe('ad');
  });

  it('splits a process given inline ("Hiring process: informal chat, technical interview, offer/outcome") and leaves out the offer', () => {
    expect(loopFromAd(jdOf('jd-306-frontend-engineer-en.md')).map((r) => r.name)).toEqual(['Informal chat', 'Technical interview']);
  });

  it('reads a bold paragraph of sentences as text, not as a heading that hides the numbered process below it', () => {
    expect(rounds('jd-122-sre-en.md')).toEqual([
      expect.stringMatching(/Technical interview with Uku/),
      expect.stringMatching(/Interview with Uku & Marko/),
    ]);
  });

  it.each([
    // How to apply, what happens to your data, the company's product, a consulting team meeting partners, a panel scoring applications.
    'jd-059-principal-engineer-en.md',
    'jd-242-ui-ux-designer-en.md',
    'jd-282-llm-developer-en.md',
    'jd-023-design-frontend-en.md',
    'jd-066-devops-en.html',
    // A recruiter's duties name interviews: they are the job, not its hiring process.
    'jd-017-recruiting-en.md',
  ])('finds no interview round in %s, which states none', (name) => {
    expect(rounds(name)).toEqual([]);
    expect(loopSection(undefined, jdOf(name)).source).toBe('template');
  });
});

describe("class: pay and place from the page's own fields and labels (dev ads of batches 4, 8, 10 and 21)", () => {
  it('reads the place from front matter, whatever the key\'s case ("Location: Amsterdam", location: "São Paulo")', () => {
    expect(jdOf('jd-195-finance-director-nl.md').logistics.location).toContain('Location: Amsterdam');
    expect(jdOf('jd-178-sales-executive-pt.md').logistics.location.join(' ')).toMatch(/São Paulo/);
  });

  it('reads a place given after its label in the ad\'s language ("Dónde: Buenos Aires")', () => {
    expect(jdOf('jd-134-design-es.md').logistics.location.join(' ')).toMatch(/Dónde:.*Buenos Aires/);
  });

  it('reads "Location: Remote" as a way of working, not a place', () => {
    const jd = jdOf('jd-181-content-marketing-pt.md');
    expect(jd.logistics.location).toEqual([]);
    expect(jd.logistics.remote).toContain('Location: Remote');
  });

  it('takes no pay from a board\'s "paid" flag, only from a figure', () => {
    expect(jdOf('jd-303-designer-en.md').logistics.pay).toEqual([]);
  });
});

describe('class: the place of work named in prose or a line of its own (dev ads of batches 2, 4 and 10)', () => {
  it.each([
    ['jd-139-fundraising-de.md', /Teams in Berlin/],
    ['jd-133-community-es.md', /basado en Monterrey/],
    ['jd-200-hr-specialist-it.md', /^Roma$/],
    ['jd-197-sales-director-en.md', /^Amsterdam HQ$/],
    ['jd-082-sre-en.md', /based out of the San Francisco Bay Area/],
  ])('%s says where the work is', (name, line) => {
    expect(jdOf(name).logistics.location).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
  });

  it.each([
    'We have customers in 40 countries, from Germany to Japan, and ship every week.',
    'Nice to have: experience with Kubernetes.',
    'You will travel to Paris twice a year for the company retreat.',
    'We use US English in our documentation.',
  ])('does not read "%s" as the place of work', (line) => {
    expect(namesWorkplace(line)).toBe(false);
  });
});

describe("class: an employer field written as a sentence ('organization: EFF is hiring for a designer.') (batch 21, dev)", () => {
  it("takes the sentence's subject as the employer", () => {
    expect(jdOf('jd-303-designer-en.md').company).toBe('EFF');
    expect(
      parseJd('---\ntitle: Backend Engineer\norganization: Acme Robotics is looking for a backend engineer\n---\nWe build robots.\n', tx)
        .company,
    ).toBe('Acme Robotics');
  });
});

describe('class: rounds an ad numbers in prose ("(zweite Runde)") or dates across a cut sentence (batch 4, dev)', () => {
  it('reads the German rounds of Jugend hackt and leaves out who pays the travel', () => {
    const rounds = loopFromAd(jdOf('jd-139-fundraising-de.md')).map((r) => r.focus.join(' '));
    expect(rounds).toEqual([
      expect.stringMatching(/persönlichen Kennenlernen nach Berlin/),
      expect.stringMatching(/Diese Gespräche finden in der Woche von 6\. bis 10\. September/),
    ]);
    expect(rounds.join(' ')).not.toMatch(/Reisekosten/);
  });
});

describe('class: an ad with no must-have read still gets questions on the stack it names (batch 11, dev)', () => {
  const topSkills = (jd: string, cv: string) =>
    report(jd, cv, '2025-12')
      .questions.slice(0, 10)
      .flatMap((q) => bank.byId.get(q.id)?.skillIds ?? []);

  it('asks about the skills it lists as wishes when it lists nothing as required (jd-213: "nos gustaría que el aplicante")', () => {
    const skills = topSkills('jd-213-junior-developer-es.md', 'cv-113-retail-to-junior-developer.txt');
    expect(skills.filter((id) => ['object-oriented-programming', 'php', 'java'].includes(id)).length).toBeGreaterThanOrEqual(5);
  });
});

describe("class: travel in other words, and travel that is someone else's (dev ads of batches 2, 5, 10 and 13)", () => {
  it.each([
    ['jd-082-sre-en.md', /company-wide offsite/],
    ['jd-193-customer-success-manager-de.md', /gerne unterwegs/],
    ['jd-061-data-analyst-en.md', /^Travel: Occasional travel may be required up to 10% per year/],
  ])('%s says the job travels', (name, line) => {
    expect(jdOf(name).logistics.travel).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
  });

  it.each(['jd-145-admin-coordinator-en.md', 'jd-232-office-manager-en.md'])('%s only books travel for others', (name) => {
    expect(jdOf(name).logistics.travel).toEqual([]);
  });
});

describe('class: remote or on-site work in other words (dev ads of batches 2, 5, 12 and 15)', () => {
  it.each([
    ['jd-071-customer-success-en.md', /80% in-office \/ 20% WFH/],
    ['jd-153-php-developer-fr.md', /présentiel/],
    ['jd-227-software-developer-de.md', /Telearbeit/],
    ['jd-242-ui-ux-designer-en.md', /2 office days and 3 telework days/],
    ['jd-220-senior-software-engineer-tooling-en.md', /work almost exclusively from home/],
  ])('%s says how much of the work is remote', (name, line) => {
    expect(jdOf(name).logistics.remote).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
  });
});

describe('class: pay as a grade, a scale, a market rate or a summary field (dev ads of batches 2, 4, 17, 18 and 19)', () => {
  it.each([
    ['jd-259-junior-developer-en.md', /Grade: PO2/],
    ['jd-139-fundraising-de.md', /Vergütung nach TV-L E 12/],
    ['jd-277-frontend-engineer-nl.md', /marktconform salaris/],
    ['jd-270-qa-automation-engineer-en.md', /^The salary is £40,000 - £55,000$/],
    ['jd-061-data-analyst-en.md', /143,736/],
  ])('%s states its pay', (name, line) => {
    expect(jdOf(name).logistics.pay).toEqual(expect.arrayContaining([expect.stringMatching(line)]));
  });

  it('does not read "equity of outcome" as pay', () => {
    expect(termsIn('Make sure all your work activities promote diversity, inclusion and equity of outcome')).not.toContain('pay');
    expect(termsIn('We offer generous equity & comp packages')).toContain('pay');
  });
});

describe('class: the role stating what it requires in a description paragraph ("This position requires …") (batch 20, dev)', () => {
  it("reads Dizzion's prose requirements as must-haves, not as skills merely mentioned", () => {
    const jd = jdOf('jd-297-senior-java-developer-en.md');
    expect(jd.must).toEqual(expect.arrayContaining(['java', 'go', 'microservices', 'event-driven-architecture', 'linux']));
  });

  it('reads the same wording in the other languages the reader knows, and not a product that "requires" something', () => {
    const must = (body: string) => parseJd(`Title: Analyst\n\n${body}\n`, tx).must;
    expect(must('Le poste requiert une bonne maîtrise de SQL et de Python.')).toEqual(expect.arrayContaining(['sql', 'python']));
    expect(must('Die Stelle erfordert sehr gute Kenntnisse in SQL.')).toContain('sql');
    expect(must('El puesto requiere experiencia con Python.')).toContain('python');
    expect(must('Our platform requires no setup: it runs Python notebooks in the browser.')).not.toContain('python');
  });
});

describe('class: an ad with no requirements section does not ask for what its company paragraph describes (batch 21, dev)', () => {
  it("leaves Kedro's and QuantumBlack's description (open source, AI, machine learning) out of the user researcher's must-haves", () => {
    const jd = jdOf('jd-305-user-researcher-en.md');
    expect(jd.must).not.toEqual(expect.arrayContaining(['machine-learning']));
    expect(jd.must).not.toContain('artificial-intelligence');
    expect(jd.must).not.toContain('open-source');
    expect(jd.must.length).toBeGreaterThan(0);
  });
});

describe("class: a short about page that names its owner's trade once ('I'm a student secondary school teacher', 'la gestion de paie') (batches 19 and 21, dev)", () => {
  it('reads the trade from the self-introduction, so a developer post is a career change for them', () => {
    expect(professionsOfCv(cvOf('cv-137-broadcast-to-student-teacher.md', '2022-03'))[0]).toBe('teaching');
    const r = report('jd-281-backend-developer-es.md', 'cv-137-broadcast-to-student-teacher.md', '2022-03');
    expect(r.fitScore.label).toBe('career-change');
  });

  it('reads French payroll and personnel-management work as HR', () => {
    expect(professionsOfCv(cvOf('cv-144-payroll-specialist-about-fr.md', '2017-05'))).toContain('recruiting');
  });
});

describe('class: a headline that describes the employer ("Internet Freedom Nonprofit Seeks …") or marks the post closed ("- ENCERRADA") (batch 22, dev)', () => {
  it('takes the employer from the text, not from the description in the headline', () => {
    const jd = jdOf('jd-308-bookkeeper-payroll-en.html');
    expect(jd.title).toBe('Experienced Bookkeeper/Payroll Specialist');
    expect(jd.company).toBe('The Tor Project');
  });

  it("drops a closed post's status from its title", () => {
    expect(jdOf('jd-315-community-manager-pt.md').title).toBe('Gerenciador/a/e de Comunidades da Silo');
    expect(parseJd('# Backend Developer [CLOSED]\n\nWe build things.\n', tx).title).toBe('Backend Developer');
  });

  it('reads a user advocate as a customer-facing role, not a lawyer or a general one', () => {
    expect(jdOf('jd-309-user-advocate-en.html').track).toBe('customer-success');
  });
});

describe("class: a PDF's text with its headings and dates run into the next words ('WORK HISTORY 09/2019 - CURRENTManager') (batch 23, dev)", () => {
  it("reads the restaurant manager's two dated jobs, fourteen years", () => {
    const cv = cvOf('cv-147-hospitality-manager-to-web-developer-pdf.txt', '2022-06');
    expect(cv.yearsStated).toBe(true);
    expect(cv.roles).toHaveLength(2);
    expect(cv.years).toBeGreaterThanOrEqual(13.5);
  });

  it('counts none of those years toward a developer post: a mid-level front-end role is not a strong fit for a bootcamp graduate', () => {
    const r = report('jd-014-frontend-en.md', 'cv-147-hospitality-manager-to-web-developer-pdf.txt', '2022-06');
    expect(r.fitScore.label).not.toBe('strong');
    expect(renderMarkdown(r)).toMatch(/none of them in roles like this one/);
  });
});

describe('class: a bootcamp in another field is no move into software ("AEC PM Bootcamp") (batch 23, dev)', () => {
  it('keeps the civil engineer a civil engineer, so a junior developer post is a career change', () => {
    const cv = cvOf('cv-145-civil-engineer.md', '2023-08');
    expect(aimOfCv(cv)).toBeUndefined();
    expect(report('jd-259-junior-developer-en.md', 'cv-145-civil-engineer.md', '2023-08').fitScore.label).toBe('career-change');
  });

  it('reads a declared move into a role in the words people use ("transition into a full-stack engineer role")', () => {
    const cv = parseCv(
      'About me\nAs a sales professional with 10 years of experience, I am thrilled to transition into a full-stack engineer role.\n',
      tx,
      new Date('2024-01-15T12:00:00Z'),
    );
    expect(aimOfCv(cv)).toEqual({ trade: 'software', declared: true });
  });
});

describe("class: a German LaTeX CV's text: its section names alone on a line, its umlauts split off ('f¨ur'), a trainee's titles (batch 23, dev)", () => {
  const cv = () => cvOf('cv-150-software-developer-dual-student-pdf-de.txt', '2025-10');

  it('reads "Bildung" and "Projekte" as sections, so school and side projects are not jobs', () => {
    expect(cv().roles.map((r) => r.title)).toEqual([
      expect.stringMatching(/^Duales Studium Allgemeine Informatik/),
      expect.stringMatching(/^Ausbildung zum Fachinformatiker für Anwendungsentwicklung/),
    ]);
  });

  it('reads a dual student and apprentice as junior, so a mid-level post is not a strong fit', () => {
    const r = report('jd-265-fullstack-developer-de.md', 'cv-150-software-developer-dual-student-pdf-de.txt', '2025-10');
    expect(r.fitScore.label).not.toBe('strong');
    expect(renderMarkdown(r)).toMatch(/the CV reads as junior/);
  });
});

describe('class: an HTML page whose job heading sits in its hero header, and whose JSON-LD posting states the experience asked (batch 21, dev)', () => {
  it("reads CallOne's heading as the title and the entry level from its posting, not a section heading as the title", () => {
    const jd = jdOf('jd-300-customer-success-manager-de.html');
    expect(jd.title).toMatch(/^Customer Success Manager\*in/);
    expect(jd.track).toBe('customer-success');
    expect(jd.seniority).toBe('junior');
  });

  it('reads the same from a composed page', () => {
    const page = `<html><head><script type="application/ld+json">{"@type": "JobPosting", "title": "Support Agent",
"experienceRequirements": "entry level"}</script></head><body><header><h1>Support Agent (m/w/d)</h1></header>
<main><h2>Your tasks</h2><ul><li>Answer customer tickets by email and phone</li></ul><h2>Your profile</h2>
<ul><li>Good written English</li><li>Experience with Zendesk</li></ul></main></body></html>`;
    const jd = parseJd(normaliseText(page), tx);
    expect(jd.title).toBe('Support Agent');
    expect(jd.seniority).toBe('junior');
  });
});

describe("class: a month read as a degree ('March' as M.Arch) and a teacher who writes in Spanish ('Profesor de Matemáticas') (batch 25, dev)", () => {
  it("does not make a car-dealership service advisor an engineer because a date says 'March'", () => {
    expect(professionsOfCv(cvOf('cv-161-auto-service-advisor-to-bootcamp.txt', '2024-06'))).not.toContain('engineering');
  });

  it('reads the Spanish maths teacher as a teacher', () => {
    expect(professionsOfCv(cvOf('cv-163-maths-teacher-es.txt', '2025-09'))).toContain('teaching');
  });
});

describe("class: a lead-in that wishes rather than requires ('It would be good if you have experience with most of the following:') (batch 24, dev)", () => {
  it("reads FusionAuth's technology list as nice-to-haves", () => {
    const jd = jdOf('jd-325-software-engineer.md');
    expect(jd.nice).toEqual(expect.arrayContaining(['ruby', 'javascript', 'mysql', 'git']));
    expect(jd.must).not.toContain('ruby');
    expect(jd.must).not.toContain('git');
  });
});

describe("class: software titles written as abbreviations ('SDE - 2', 'SDET - 1') (batch 23, dev)", () => {
  it('reads the data engineer as a software professional', () => {
    expect(professionsOfCv(cvOf('cv-149-data-engineer-skill-years.txt', '2020-09'))).toContain('software');
  });
});

describe("class: a job's title on the line above its employer's dated line ('Operations Manager - Target Corporation' over 'Chicago, IL / 2017 – 2019') (batch 10, dev)", () => {
  it('takes the title from the line above, not the town, and so sees the internship as one', () => {
    const cv = cvOf('cv-100-operations-manager.txt', '2024-02');
    expect(cv.roles.map((r) => r.title)).toEqual(expect.arrayContaining([expect.stringMatching(/^Operations Manager/)]));
    expect(cv.roles.find((r) => /Logistics Intern/.test(r.title))?.minor).toBe(true);
  });
});

describe('class: office administration is a trade of its own, not the operations a developer moves into (dev pairs)', () => {
  it("calls a software engineer's move to a grant administrator or an office manager post a career change", () => {
    expect(report('jd-223-grant-administrator-en.md', 'cv-110-senior-software-engineer.txt', '2023-10').fitScore.label).toBe(
      'career-change',
    );
    expect(report('jd-232-office-manager-en.md', 'cv-147-hospitality-manager-to-web-developer-pdf.txt', '2022-06').fitScore.label).toBe(
      'career-change',
    );
  });

  it('keeps technical operations (a tech operations manager) open to an engineer', () => {
    expect(report('jd-007-tech-ops-en.md', 'cv-016-tech-lead-architect.json', '2025-10').fitScore.label).not.toBe('career-change');
  });
});

describe('class: jobs as Markdown headings under the experience heading, whatever their words, and a bold lead-in holding the dates (batch 27, dev)', () => {
  it("reads every job of the Portuguese developer's CV, though one heading says 'Full Stack' and a 'Projetos:' sub-heading sits between jobs", () => {
    const cv = cvOf('cv-171-telemarketing-to-fullstack-pt.txt', '2026-08');
    expect(cv.yearsStated).toBe(true);
    expect(cv.roles.length).toBeGreaterThanOrEqual(6);
    expect(cv.years).toBeGreaterThanOrEqual(5);
  });

  it('reads a bold lead-in with dates as the role it names', () => {
    const cv = parseCv(
      '## Minha Jornada\n\n- **Telemont (2021–2023):** Desenvolvi um programa completo com Python.\n- **Perin Contábil (2023–2024):** Automação de processos.\n',
      tx,
      new Date('2024-12-15T12:00:00Z'),
    );
    expect(cv.roles.map((r) => r.title)).toEqual(['Telemont', 'Perin Contábil']);
  });
});

describe('class: a stated span told as a story ("After 10 years in the customer service industry, I have decided…") (batch 27, dev)', () => {
  it("reads the retail team leader's ten years, not 'experience not stated'", () => {
    const cv = cvOf('cv-172-retail-team-leader-to-bootcamp-undated.txt', '2024-08');
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBe(10);
  });
});

describe("class: a CV widget's own fields ('date_end: \"2023-08-31\"', 'experience: # Experiences.', an accomplishments 'item:' list) (batch 25, dev)", () => {
  it("reads the Spanish teacher's three posts from the widget's fields and not its certificates", () => {
    const cv = cvOf('cv-163-maths-teacher-es.txt', '2025-09');
    expect(cv.roles.map((r) => r.company)).toEqual(['IES Torrellano', 'IES La Torreta', 'IES Montserrat Roig']);
    expect(cv.years).toBeGreaterThanOrEqual(5);
    expect(cv.years).toBeLessThanOrEqual(6.5);
  });

  it('never reads one ISO date as a period ending in its day ("2021-08-31" is not 2021 to 2031)', () => {
    const cv = parseCv('## Experience\n\ndate_end: "2021-08-31"\n', tx, new Date('2022-01-15T12:00:00Z'));
    expect(cv.roles).toHaveLength(0);
  });
});

describe('class: titles for customer operations and developer relations (batch 26, dev)', () => {
  it("reads Monzo's Customer Operations as customer-facing work and Matrix's developer relations as communications", () => {
    expect(jdOf('jd-333-customer-operations-progression-framework.md').track).toBe('customer-success');
    expect(jdOf('jd-327-developer-relations-engineer.md').track).toBe('communications');
  });
});

describe("class: a retrained career's stated years belong to the old trade ('After 10 years in the customer service industry') (batch 27, dev)", () => {
  it('does not count the retail years toward a mid-level developer post', () => {
    const r = report('jd-014-frontend-en.md', 'cv-172-retail-team-leader-to-bootcamp-undated.txt', '2024-08');
    expect(r.fitScore.label).not.toMatch(/good|strong/);
    expect(renderMarkdown(r)).toMatch(/none of them in roles like this one/);
  });
});

describe('class: payroll is finance work as well as HR (batch 26, dev)', () => {
  it("does not call a payroll specialist's application to an accounting and operations internship a career change", () => {
    expect(professionsOfCv(cvOf('cv-144-payroll-specialist-about-fr.md', '2017-05'))).toContain('finance');
    expect(report('jd-328-accounting-operations-intern.md', 'cv-144-payroll-specialist-about-fr.md', '2017-05').fitScore.label).not.toBe(
      'career-change',
    );
  });
});

describe('class: jobs as bold lines holding their dates, Spanish section names, a span told before the work (batch 29 and 27, dev)', () => {
  it("reads the data analyst's bold job lines ('**HR Data and Evaluations (2022 - current)**') as roles, not headings", () => {
    const cv = cvOf('cv-178-security-guard-to-data-analyst.md', '2024-07');
    expect(cv.yearsStated).toBe(true);
    expect(cv.roles.map((r) => r.title)).toEqual(['HR Data and Evaluations', expect.stringMatching(/^Securitas/)]);
  });

  it("reads 'For the last 10+ years I have been working in project management' as a stated total", () => {
    const cv = cvOf('cv-174-project-manager-undated.md', '2024-08');
    expect(cv.yearsStated).toBe(true);
    expect(cv.years).toBe(10);
  });

  it("leaves the schooling under 'Antecedentes académicos' out of the Chilean developer's years", () => {
    const cv = cvOf('cv-169-electronics-technician-to-developer-es.txt', '2021-10');
    expect(cv.roles.some((r) => /2013 - 2020/.test(r.line))).toBe(false);
  });
});

describe("class: the word for hiring before a title ('Recrutement développeur Magento'), 'Job Posting' after it, French storage units ('512 Go SSD'), 'any of these' lists (batch 28, dev)", () => {
  it("reads LUMAO's business developer as a sales role, not recruiting", () => {
    const jd = jdOf('jd-340-business-developer-magento-fr.md');
    expect(jd.title).toMatch(/^Business Developer/);
    expect(jd.track).toBe('sales');
  });

  it("drops 'Job Posting' from Mench's title", () => {
    expect(jdOf('jd-348-junior-full-stack-developer.html').title).toBe('Junior Full Stack Developer');
  });

  it('does not read a laptop\'s "512 Go SSD" as the Go language', () => {
    expect(tx.idsIn('On fournit un pc portable correct : i7, 16Go de RAM, 512 Go SSD.')).not.toContain('go');
    expect(tx.idsIn('Backend services in Go, Python and Rust.')).toContain('go');
  });

  it('reads "Experience with any of these backend frameworks: NodeJS, Express, Django" as alternatives', () => {
    const jd = jdOf('jd-348-junior-full-stack-developer.html');
    expect(jd.alternatives.some((g) => g.includes('nodejs') && g.includes('django'))).toBe(true);
  });
});

describe("class: a jobs page whose job heading sits a few paragraphs below the page's notes (batch 28, dev)", () => {
  it("reads Let's Encrypt's director post by its heading, not the line that says where to send a CV", () => {
    const jd = jdOf('jd-347-director-of-sre.md');
    expect(jd.title).toBe('Director of Site Reliability Engineering');
    expect(jd.company).toBe("Let's Encrypt");
    expect(jd.seniority).toBe('staff');
  });
});

describe('class: which roles an engineer moves into without changing career (labels of batches 1–31, dev)', () => {
  it('keeps technical operations open to an engineer and calls business operations a change of career', () => {
    const devops = cvOf('cv-013-devops.json', '2025-12');
    // "Teaching Support IT" runs a department's systems: an engineer's next step.
    expect(careerChangeOf(jdOf('jd-191-system-manager-en.md'), devops, tx)).toBeUndefined();
    // A business operations analyst or an operations specialist's post is another trade for a developer.
    const engineer = cvOf('cv-173-army-ranger-to-senior-engineer.txt', '2024-08');
    expect(careerChangeOf(jdOf('jd-072-ops-en.md'), engineer, tx)).toMatchObject({ from: 'software', to: 'operations' });
    const java = cvOf('cv-042-java-developer.json', '2025-12');
    expect(careerChangeOf(jdOf('jd-291-procurement-specialist-en.md'), java, tx)?.from).toBe('software');
  });

  it('calls a developer who has never led a team and applies to product management a change of career', () => {
    const fullstack = cvOf('cv-012-fullstack-senior.json', '2019-06');
    expect(careerChangeOf(jdOf('jd-009-product-en.md'), fullstack, tx)).toMatchObject({ from: 'software', to: 'product' });
  });

  it('reads a "Business Developer" as a salesperson, not an engineering role an architect already holds', () => {
    const architect = cvOf('cv-016-tech-lead-architect.json', '2025-10');
    expect(careerChangeOf(jdOf('jd-340-business-developer-magento-fr.md'), architect, tx)).toMatchObject({
      from: 'software',
      to: 'sales',
    });
  });

  it("knows a librarian's post as a trade of its own: a developer applying to it changes career", () => {
    const java = cvOf('cv-042-java-developer.json', '2025-12');
    const change = report('jd-249-librarian-fr.md', 'cv-042-java-developer.json', '2025-12').fitScore;
    expect(change.careerChange?.to).toBe('library and archive work');
    expect(careerChangeOf(jdOf('jd-249-librarian-fr.md'), java, tx)?.to).toBe('library');
  });
});

describe("class: the CV's own titles against the role's title (strong and medium pairs of one trade, dev)", () => {
  it('credits a recruiter whose latest title names the role, and shows which words matched', () => {
    const fit = report('jd-142-recruiting-en.md', 'cv-059-recruiter.md', '2020-04').fitScore;
    const part = fit.components.find((c) => c.name === 'Role title');
    expect(part).toMatchObject({ weight: 0.1, value: 0.5 });
    expect(part?.note).toContain('"recruiter"');
    // The parts still make up the whole score.
    expect(fit.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 2);
  });

  it('reads developer, engineer and programmer as one word, and leaves out level words', () => {
    const cv = parseCv(
      'Experience\nBackend Developer, Acme — Jan 2019 – Present\n- Built Go services',
      tx,
      new Date('2025-06-15T12:00:00Z'),
    );
    expect(titleOverlap('Senior Software Engineer (m/w/d)', cv)).toEqual({ share: 0.5, words: ['developer'] });
    expect(titleOverlap('Senior Programmer', cv)).toEqual({ share: 1, words: ['developer'] });
  });

  it('reads "Front-End", "front end" and "Frontend" as one word, and "Full Stack" as "Fullstack"', () => {
    const cv = parseCv(
      'Experience\nFrontend Developer, Acme — Jan 2019 – Present\n- Built React apps\nFull Stack Engineer, Initech — 2016 – 2018',
      tx,
      new Date('2025-06-15T12:00:00Z'),
    );
    expect(titleOverlap('Front-End Developer', cv)).toEqual({ share: 1, words: ['frontend', 'developer'] });
    expect(titleOverlap('Senior Fullstack Developer', cv)).toEqual({ share: 1, words: ['fullstack', 'developer'] });
  });

  it('does not count the part for a CV with no titled role: its weight stays with the skills', () => {
    const fit = report('jd-172-developer-en.md', 'cv-189-maths-teacher-to-web-developer-undated.txt', '2019-11').fitScore;
    expect(fit.careerChange).toBeNull();
    expect(fit.components.find((c) => c.name === 'Role title')?.weight).toBe(0);
    expect(fit.components.reduce((s, c) => s + c.weight, 0)).toBeCloseTo(1, 2);
  });

  it('drops "at <employer>" from a title ("Talent Acquisition Specialist at GFI")', () => {
    expect(jdOf('jd-350-talent-acquisition-specialist.md').title).toBe('Talent Acquisition Specialist');
  });
});

describe('class: a tester\'s "Analyst" title is quality assurance, not operations (batch 30, dev)', () => {
  it("reads Creditcall's test analyst on the QA track", () => {
    expect(jdOf('jd-358-test-analyst.md').track).toBe('qa');
  });
});

describe('class: a job on three lines, title over employer over dates (a DOCX CV, batch 33, dev)', () => {
  it('reads the title from the line above the employer, so internships and assistant posts count little', () => {
    const cv = cvOf('cv-193-new-graduate-computer-scientist-docx.txt', '2023-11');
    const titles = cv.roles.map((r) => r.title);
    expect(titles).toContain('Computer Scientist');
    expect(titles).toContain('DevOps Intern');
    expect(cv.roles.find((r) => r.title === 'DevOps Intern')?.minor).toBe(true);
    expect(cv.years).toBeLessThanOrEqual(2);
  });
});

describe('class: an ad that opens with the company and names the job after a lead-in that hires (a PDF ad, batch 30, dev)', () => {
  it('reads "Support Engineer" from the line after "… suchen wir ab sofort:", not the opening sentence', () => {
    const jd = jdOf('jd-360-support-engineer-de.txt');
    expect(jd.title).toBe('Support Engineer');
    expect(jd.track).toBe('customer-success');
  });
});

describe('class: entry-level titles in other words — "Nivel 1", a Dutch "stageplaats", an agent or clerk with no years asked (batches 15–32, dev)', () => {
  it('reads first-level support, internships and agents as junior', () => {
    expect(jdOf('jd-355-it-support-specialist-es.md').seniority).toBe('junior');
    expect(jdOf('jd-369-software-intern-nl.md').seniority).toBe('junior');
    expect(jdOf('jd-261-service-desk-agent-en.md').seniority).toBe('junior');
    expect(jdOf('jd-248-purchasing-clerk-de.md').seniority).toBe('junior');
  });

  it('does not read an English "stage" of a company or product as an internship', () => {
    expect(detectSeniority('Senior Engineer, Growth Stage', undefined)).toBe('senior');
    expect(detectSeniority('Stage Manager', 3)).toBe('mid');
    expect(detectSeniority('Offre de stage - Développeur web', undefined, 'fr')).toBe('junior');
  });
});

describe("class: a page whose <title> puts the site's name after the job (batch 32, dev)", () => {
  it('reads "Graduate Developer - CSS Bristol" as the job its header heading repeats, not the site', () => {
    expect(jdOf('jd-365-graduate-developer.html').title).toBe('Graduate Developer');
  });
});

describe('class: an ad on no track whose requirements name one trade (batch 21, dev)', () => {
  it('reads a consultancy post asking for business development and prospecting as sales: a developer applying changes career', () => {
    const jd = jdOf('jd-302-senior-consultant-fr.md');
    // Its title names no track and its skills no engineering one: the trade its requirements name most decides, before
    // the track model's guess (operations).
    expect(jd).toMatchObject({ track: 'operations', trackFrom: 'model' });
    const change = careerChangeOf(jd, cvOf('cv-142-fullstack-developer-undated-de.md', '2016-10'), tx);
    expect(change).toMatchObject({ from: 'software', to: 'sales' });
  });

  it('names only skills the taxonomy knows in its trade lists', () => {
    expect(Object.keys(SKILL_PROFESSION).filter((id) => !tx.get(id))).toEqual([]);
  });
});

describe('class: a fraud analyst investigates cases, it is no engineering role (batches 2–33, dev)', () => {
  it('calls an engineer applying to a fraud analyst post a change of career', () => {
    const engineer = cvOf('cv-173-army-ranger-to-senior-engineer.txt', '2024-08');
    expect(careerChangeOf(jdOf('jd-060-fraud-analyst-en.md'), engineer, tx)).toMatchObject({ from: 'software', to: 'operations' });
  });
});

describe('class: a start-up\'s "right hand of the CEO" is an operations role, whatever the agency\'s web stack (batch 36, dev)', () => {
  it('reads Kuartz\'s "Bras droit du CEO" internship on the operations track', () => {
    expect(jdOf('jd-382-ceo-right-hand-intern-fr.md').track).toBe('operations');
  });
});

describe('class: a page title that only announces hiring ("We are hiring ! / Nous recrutons !", batch 40, dev)', () => {
  it("names the job where the text says whom it recruits, and reads no recruiter's job in it", () => {
    const jd = jdOf('jd-394-community-project-officer-fr.md');
    expect(jd.title).toBe('Chargé.e de mission');
    expect(jd.track).not.toBe('recruiting');
  });

  it('still reads a recruiter\'s title as recruiting ("Chargé de recrutement", "Recruiting Coordinator")', () => {
    expect(detectTrack('Chargé de recrutement', [], tx)).toBe('recruiting');
    expect(detectTrack('Recruiting Coordinator', [], tx)).toBe('recruiting');
    expect(detectTrack('We are hiring: Recruiter', [], tx)).toBe('recruiting');
    expect(detectTrack('Nous recrutons !', [], tx)).toBe('general');
  });
});

describe('class: a title asked as a question, or opened by its hours (dev)', () => {
  it('names the job a question title asks about ("¿Buscas nuevos desafíos como desarrollador de software?")', () => {
    expect(jdOf('jd-074-developer-es.md').title).toBe('Desarrollador de software');
    expect(jdOf('jd-075-web-designer-es.md').title).toBe('Diseñador web');
  });

  it('leaves the hours out of a title ("Full-time Operations Specialist")', () => {
    expect(jdOf('jd-152-operations-en.md').title).toBe('Operations Specialist');
  });
});

describe('class: a skill asked for as a verb phrase, not by its name (dev)', () => {
  it('reads documentation, troubleshooting and process improvement written as what the person will do', () => {
    const must = (name: string) => jdOf(name).must;
    // (jd-353, jd-366, jd-261, jd-382: lines of the ads.)
    expect(tx.idsIn('Create and maintain support documentation, user guides, and training videos')).toContain('documentation');
    expect(tx.idsIn('Ability to trouble-shoot issues and solve problems requiring quick turnaround times')).toContain('troubleshooting');
    expect(tx.idsIn('Diagnose issues and log all enquiries, provide first time fixes to common service issues')).toContain(
      'troubleshooting',
    );
    expect(tx.idsIn('Construire et améliorer nos processus opérationnels afin de permettre la scalabilité de Kuartz :')).toContain(
      'process-improvement',
    );
    expect(must('jd-366-sales-support-associate.md')).toContain('troubleshooting');
  });
});

describe('class: a PDF whose section headings all came out first, then its text (batch 43, dev)', () => {
  it('reads the jobs below "P R O F I L E / W O R K H I S T O R Y / … / T R A I N I N G" as jobs, not training', () => {
    const cv = cvOf('cv-219-army-barista-to-general-assembly-pdf.txt', '2018-12');
    expect(cv.years).toBeGreaterThanOrEqual(4);
    // A line dated by a single year above a job is a job of its own, not that job's title.
    expect(cv.roles.map((r) => [r.title, r.company])).toContainEqual(['Construction Specialties Group', 'Material Handler']);
    expect(cv.roles.map((r) => r.title)).toContain('Starbucks');
  });
});

describe('class: optional in other words — "un vrai plus", "grandement conseillées", a "beneficial:" lead, what one may learn on the job (dev)', () => {
  it('reads each as a nice-to-have on the real ads, and the rest of their lists as required', () => {
    // jd-382: "Connaître le HTML/CSS, le Javascript, et le Ruby seraient un vrai plus."
    const intern = jdOf('jd-382-ceo-right-hand-intern-fr.md');
    expect(intern.nice).toEqual(expect.arrayContaining(['html', 'css', 'javascript', 'ruby']));
    expect(intern.must).not.toContain('ruby');
    // jd-154: "Connaissance et utilisation de GNU/Linux grandement conseillées."
    const web = jdOf('jd-154-intern-fr.md');
    expect(web.nice).toContain('linux');
    expect(web.must).toContain('php');
    // jd-231: "beneficial: javascript experience"
    const soc = jdOf('jd-231-security-operations-engineer-en.md');
    expect(soc.nice).toContain('javascript');
    expect(soc.must).toEqual(expect.arrayContaining(['siem', 'linux']));
    // jd-265, under "#### Was wir suchen" (a requirements heading): "Erfahrung (oder Einarbeitungsbereitschaft) im Bereich
    // Backend-Entwicklung (Django, Python, Datenbanken)" — experience, or the will to learn it: no demand on day one.
    const de = jdOf('jd-265-fullstack-developer-de.md');
    expect(de.must).toEqual(expect.arrayContaining(['angular', 'react', 'typescript']));
    expect(de.nice).toEqual(expect.arrayContaining(['django', 'python', 'ci-cd']));
    expect(de.must).not.toContain('django');
    expect(classifyHeading('Was wir suchen')).toBe('must');
    for (const s of ['Imparerà Javascript(ES6+), CSS3, HTML e un framework', 'Con nosotros aprenderás React'])
      expect(NICE_CUE.test(s), s).toBe(true);
  });
});

describe('class: section names the reader missed — an italic "*Plus points*", a plain "Conhecimentos desejáveis" after a paragraph (batch 44, dev)', () => {
  it('reads the lists under them as nice-to-haves', () => {
    // jd-403: "…tecnologia;" then "Conhecimentos desejáveis" on the next line, then the list: every skill is desirable.
    const pt = jdOf('jd-403-fullstack-developer-pt.md');
    expect(pt.must).toEqual([]);
    expect(pt.nice).toEqual(expect.arrayContaining(['html', 'css', 'javascript', 'react', 'postgresql', 'mongodb']));
    // jd-405: "*Plus points*" over "experience with agile software development", "… MATLAB and R".
    const rse = jdOf('jd-405-research-software-developer.md');
    expect(rse.must).toContain('python');
    expect(rse.nice).toEqual(expect.arrayContaining(['agile', 'matlab', 'r', 'pytorch']));
    expect(rse.must).not.toContain('matlab');
    expect(headingOf('*Plus points*')).toBe('Plus points');
    expect(headingOf('Conhecimentos desejáveis')).toBe('Conhecimentos desejáveis');
    // (An item is no heading: a preposition follows the section word, or a bullet's star has a space after it.)
    expect(headingOf('Conhecimentos em Python')).toBeUndefined();
    expect(headingOf('* Plus points')).toBeUndefined();
  });
});

describe("class: a résumé builder's PDF and a page of hgroups — headings last with counts, dates over the job (batch 45, dev)", () => {
  it('reads the jobs of a PDF whose headings ("WORK EXPERIENCE (5)") came out last, titled from the line below their dates', () => {
    // cv-225: "Jan 2023 - Current" over "Software Development Engineer III at AWS"; "2010 - 2014" over a degree is study.
    const cv = cvOf('cv-225-aws-engineer-resume-pdf.txt', '2025-12');
    expect(cv.years).toBeGreaterThanOrEqual(11);
    expect(cv.years).toBeLessThanOrEqual(13);
    expect(cv.roles.map((r) => r.title)).toEqual(
      expect.arrayContaining(['Software Development Engineer III', 'Senior Software Engineer', 'Software Engineer']),
    );
    expect(cv.roles.map((r) => r.company)).toContain('Trove');
    expect(cv.roles.some((r) => /Reference|Acquired|Michigan/.test(r.title))).toBe(false);
  });

  it('takes the title of dates that end their hgroup from the heading below ("##### Fall 2015 - Winter 2019" / "### Web Developer & Art Generalist")', () => {
    const cv = cvOf('cv-224-designer-front-end-developer.md', '2019-01');
    const titles = cv.roles.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(['Web Developer & Art Generalist', 'Freelance Designer & Web Developer']));
    expect(titles.some((t) => t.includes('<') || t.startsWith('I '))).toBe(false);
  });
});

describe('class: a title written around a hiring call, or a team page that files the post under "role: manager" (batch 44, dev)', () => {
  it('reads "Insight Lab: Temos vagas: Desenvolvedor(a) Full Stack" as the job, with the lab as the employer', () => {
    const jd = jdOf('jd-403-fullstack-developer-pt.md');
    expect(jd.title).toBe('Desenvolvedor(a) Full Stack');
    expect(jd.company).toBe('Insight Lab');
    expect(jd.track).toBe('fullstack');
  });

  it('names the job from "We are seeking a **Lab Manager**" when the front matter only says "role: manager"', () => {
    expect(jdOf('jd-406-lab-manager.md').title).toBe('Lab Manager');
    // A one-word role field that is a real title still reads as one.
    expect(cleanDocument('---\nrole: Recruiter\n---\nJoin us.').meta.title).toBe('Recruiter');
  });

  it('knows job nouns of other languages in a title: engenheiro, ingeniero, ingénieur, ingegnere, analista, ontwikkelaar', () => {
    for (const [title, company] of [
      ['Acme: Engenheiro de Dados', 'Acme'],
      ['Globex - Ingeniero de Software', 'Globex'],
      ['Initech: Ingénieur DevOps', 'Initech'],
      ['Umbrella: Ingegnere del software', 'Umbrella'],
      ['Hooli: Analista de Dados', 'Hooli'],
      ['Stark: Ontwikkelaar Java', 'Stark'],
    ]) {
      const jd = parseJd(normaliseText(`# ${title}\n\nWe build things.\n\n## Requirements\n- Python`), tx);
      expect([jd.title, jd.company]).toEqual([title.split(/: | - /)[1], company]);
    }
  });
});

describe('class: batches 46 and 47 (dev) — a development analyst, an open period in emphasis, a sales engineer', () => {
  it('reads a "Software Development Analyst" as a developer, not an operations analyst', () => {
    const jd = jdOf('jd-408-software-development-analyst.md');
    expect(jd.track).toBe('fullstack');
    expect(jd.title).toBe('Software Development Analyst');
    // (An operations analyst and a QA analyst keep their tracks.)
    expect(detectTrack('Operations Analyst', [], tx)).toBe('operations');
  });

  it('reads "*October 2020 -*" (nothing after the dash but the emphasis) as a job still held', () => {
    const cv = cvOf('cv-226-physicist-to-backend-engineer-mid.md', '2022-01');
    expect(cv.roles.map((r) => r.title)).toContain('Backend Software Engineer');
    expect(cv.years).toBeGreaterThanOrEqual(3);
  });

  it("reads a sales engineering manager's CV as sales: a sales or solutions engineer is no software engineer", () => {
    const cv = cvOf('cv-227-sales-engineering-manager-pdf.txt', '2023-07');
    expect(professionsOfCv(cv)[0]).toBe('sales');
    expect(report('jd-001-sales-en.md', 'cv-227-sales-engineering-manager-pdf.txt', '2023-07').fitScore.careerChange).toBeNull();
  });
});

describe('class: requirement headings of other words — "Voraussetzungen", "prerequisites", "prérequis", "Was Sie mitbringen sollten" (batch 48, dev)', () => {
  it('reads the list under "## Voraussetzungen:" as required, not as duties carried on from "## Aufgaben:"', () => {
    const jd = jdOf('jd-410-softwareentwickler-de.md');
    expect(jd.must).toEqual(expect.arrayContaining(['llms', 'rest-api-design', 'linux']));
    expect(jd.responsibilities.some((r) => /Large Language Models/.test(r))).toBe(false);
  });

  it('knows the heading in four languages, and "API-Entwicklung" / "API development" as REST API design', () => {
    for (const h of ['Voraussetzungen:', 'Prerequisites', 'Prérequis', 'Was Sie mitbringen sollten', 'Vaardigheden'])
      expect(classifyHeading(h)).toBe('must');
    expect(tx.idsIn('Vertraut mit Schnittstellenmanagement und API-Entwicklung')).toContain('rest-api-design');
    expect(tx.idsIn('Experience with API development')).toContain('rest-api-design');
  });
});

describe('class: years alone do not make a staff engineer (dev CVs labelled senior)', () => {
  it('reads a developer with eight to eleven years as senior, a lead of fewer than twelve as senior, one of sixteen as staff', () => {
    expect(cvLevel(cvOf('cv-132-fullstack-js-developer-fr.txt', '2019-03'))).toBe('senior');
    // "Lead Développeur Frontend", nine years: labelled senior.
    expect(cvLevel(cvOf('cv-133-fullstack-js-lead-fr.txt', '2019-03'))).toBe('senior');
    // "…& Infrastructure Team Lead", sixteen years: labelled staff.
    expect(cvLevel(cvOf('cv-026-devops-lead-long.txt', '2026-02'))).toBe('staff');
  });

  it('reads two years as junior: "Software Development Engineer" since 2018 (labelled junior)', () => {
    const cv = cvOf('cv-124-software-engineer-electron.txt', '2020-04');
    expect(cv.years).toBe(2);
    expect(cvLevel(cv)).toBe('junior');
  });
});

describe('class: a CV that retrained reads at the level of its new trade (dev CVs labelled junior)', () => {
  it("reads a bartender of eleven years who finished a bootcamp as a junior, and says so in the fit's years", () => {
    const cv = cvOf('cv-185-bartender-to-bootcamp-pdf.txt', '2023-09');
    expect(cv.years).toBeGreaterThanOrEqual(10);
    expect(cvLevel(cv)).toBe('junior');
    // A third trade (an office manager's post): the developer years are the ones that count, none.
    const fit = report('jd-232-office-manager-en.md', 'cv-147-hospitality-manager-to-web-developer-pdf.txt', '2022-06').fitScore;
    const years = fit.components.find((c) => c.name === 'Seniority and years')?.note;
    expect(years).toContain('none of them in the trade you retrained into');
    expect(years).toContain('the CV reads as junior');
  });

  it("counts the earlier trade's years for a role that trade leads into: the bartender applying to a support desk", () => {
    const support = report('jd-080-support-en.md', 'cv-185-bartender-to-bootcamp-pdf.txt', '2023-09').fitScore;
    const years = support.components.find((c) => c.name === 'Seniority and years')?.note;
    expect(years).not.toContain('retrained into');
    expect(years).not.toContain('the CV reads as junior');
  });
});

describe("class: software beside another trade is the CV's own only when a job title names it (dev pairs labelled a career change)", () => {
  it('reads a technical writer who documents software, applying to write PHP, as a career change', () => {
    const writer = cvOf('cv-085-technical-writer.txt', '2024-02');
    expect(professionsOfCv(writer, 1 / 2)).toContain('software');
    expect(careerChangeOf(jdOf('jd-370-php-developer.md'), writer, tx)).toMatchObject({ to: 'software' });
  });

  it('reads a project manager of software projects, applying to run web operations, as a career change', () => {
    const pm = cvOf('cv-082-project-manager-de.txt', '2021-09');
    expect(careerChangeOf(jdOf('jd-173-web-operations-en.md'), pm, tx)).toMatchObject({ from: 'operations', to: 'software' });
  });

  it("keeps a researcher's side software their own: a vision researcher applying to develop research software", () => {
    const researcher = cvOf('cv-046-vision-researcher.json', '2023-12');
    expect(careerChangeOf(jdOf('jd-192-research-software-developer-en.html'), researcher, tx)).toBeUndefined();
  });
});

describe('class: what a page names that is no employer, and Markdown escapes (the session after the whose-trade fixes, dev)', () => {
  it.each([
    // A byline under the title that is a street address, a page's "Wanted", a heading "What awaits you", or markup.
    ['jd-379-developer-de.txt', 'Wendenstraße 408'],
    ['jd-265-fullstack-developer-de.md', 'Gesucht'],
    ['jd-380-sales-manager-de.txt', 'Das erwartet Dich'],
    ['jd-320-front-end-developer-designer.txt', '.. toctree'],
    ['jd-327-developer-relations-engineer.md', 'Foundation'],
  ])('%s does not name "%s" as the employer', (name, wrong) => {
    expect(jdOf(name).company).not.toBe(wrong);
  });

  it('keeps a department after the job in the title, not as the employer ("Kaufmännischer Mitarbeiter – Buchhaltung")', () => {
    const r = report('jd-246-accounting-clerk-de.md', 'cv-120-teacher-to-virtual-assistant-pdf.txt', '2021-10');
    expect(r.role.company).not.toBe('Buchhaltung');
    expect(r.role.title).toContain('Kaufmännischer Mitarbeiter');
  });

  it("asks a career changer applying to an accountant's post about their move in the trade's terms, not a programmer's", () => {
    const r = report('jd-246-accounting-clerk-de.md', 'cv-120-teacher-to-virtual-assistant-pdf.txt', '2021-10');
    const story = r.questions.find((q) => q.id === 'gen-beh-career-switch-story');
    expect(story).toBeDefined();
    expect(JSON.stringify(story)).not.toMatch(/computer science|scheduling app|built a small/i);
  });

  it("puts every question written for another level after all the role's own-level ones, and says it is a stretch", () => {
    const r = report('jd-246-accounting-clerk-de.md', 'cv-120-teacher-to-virtual-assistant-pdf.txt', '2021-10');
    expect(r.role.seniority).toBe('junior');
    const off = r.questions.map((q) => !(bank.byId.get(q.id)?.levels ?? ['junior']).includes('junior'));
    const firstOff = off.indexOf(true);
    expect(firstOff).toBeGreaterThan(9);
    expect(off.slice(firstOff).every(Boolean)).toBe(true);
    for (const q of r.questions.filter((_, i) => off[i])) expect(q.signals.join(' ')).toMatch(/a stretch/);
  });

  it('names an employer whose long registered name opens the ad, and says what to do when no CV line fits the job', () => {
    // "Dun & Bradstreet Technology and Corporate Services India LLP is looking for candidates…"
    expect(jdOf('jd-115-data-en.md').company).toBe('Dun & Bradstreet Technology and Corporate Services India LLP');
    const r = report('jd-115-data-en.md', 'cv-072-economist-pdf.txt', '2024-08');
    expect(r.highlights).toEqual([]);
    const md = renderMarkdown(r);
    const section = md.slice(md.indexOf('## Resume highlights'), md.indexOf('## Company'));
    expect(section).toMatch(/No line of your work history shows a skill this job asks for yet .*Add one/);
  });

  it('reads a list of alternatives as the run of skills its "such as" or "or" joins, not every skill of the line', () => {
    // "Strong programming skills in tools such as Pyspark, Python, R, SQL to manipulate data and conduct statistical analysis"
    const data = jdOf('jd-115-data-en.md');
    expect(data.alternatives).toContainEqual(['spark', 'python', 'r', 'sql']);
    expect(data.alternatives.flat()).not.toContain('statistics');
    // "…familiarity with React - we're open to you transferring from another framework, such as Vue or Svelte"
    expect(jdOf('jd-306-frontend-engineer-en.md').alternatives).toEqual([['vue', 'svelte']]);
    const r = report('jd-115-data-en.md', 'cv-072-economist-pdf.txt', '2024-08');
    expect(r.concepts.find((c) => c.skill === 'Python')?.why ?? '').not.toMatch(/Statistics instead/);
  });

  it('names a list of alternatives once among the gaps, and never a member of one whose other member the CV shows', () => {
    const r = report('jd-115-data-en.md', 'cv-072-economist-pdf.txt', '2024-08');
    expect(r.fitScore.summary).toContain('Missing: Python, SQL, R or Apache Spark;');
    const risks = r.positioning.risks.map((x) => x.risk);
    expect(risks).toContain('One of Python, SQL, R or Apache Spark is required, and none is on your CV');
    expect(risks.filter((x) => /^(?:Python|SQL|R|Apache Spark) is required/.test(x))).toEqual([]);
    const jd = '# Backend Developer\n\n## Requirements\n- Experience with Java or Python\n- PostgreSQL\n- Docker\n';
    const cv =
      'Jane Doe\nBackend developer\n\nExperience\nBackend Developer, Acme — Jan 2019 – Present\n- Built Python services on PostgreSQL\n';
    const { report: pair } = buildOfflineReport({ jd, cv, now: new Date('2024-06-15T12:00:00Z') });
    expect(pair.fitScore.missing.map((m) => m.skill)).not.toContain('Java');
    expect(pair.positioning.risks.map((x) => x.risk).join(' ')).not.toMatch(/Java/);
  });

  it('gives a CV that only lists the required skills something to lead with, never an empty "Emphasise"', () => {
    const r = report('jd-023-design-frontend-en.md', 'cv-019-software-senior.json', '2023-08');
    expect(r.positioning.emphasize.length).toBeGreaterThan(0);
    expect(r.positioning.emphasize[0].point).toMatch(/your CV lists: lead with it, and bring one example of using it at work/);
    const md = renderMarkdown(r);
    expect(md.slice(md.indexOf('**Emphasise**'), md.indexOf('**Risks and mitigation**'))).toMatch(/^- /m);
  });

  it("says a recruiter's loop leans on hands-on recruiting questions, and a developer's on technical ones", () => {
    const recruiter = report('jd-018-recruiting-en.md', 'cv-040-communications-vp.txt', '2013-12');
    expect(recruiter.overview.summary).toContain('Expect the loop to lean on hands-on recruiting questions (how you would do the work)');
    const developer = report('jd-027-infra-en.md', 'cv-025-devops-lead.txt', '2026-02');
    expect(developer.overview.summary).toMatch(/lean on (?:technical|coding|system design|behavioural) questions;/);
  });

  it("reads a Markdown escape as its character: the German gender star stays, bold marks leave the company's words", () => {
    const r = report('jd-246-accounting-clerk-de.md', 'cv-120-teacher-to-virtual-assistant-pdf.txt', '2021-10');
    const location = r.overview.logistics?.location.join(' ') ?? '';
    expect(location).toContain('eine*n kaufmännische*n Mitarbeiter*in');
    expect(location).not.toContain('\\');
    expect(r.company.facts.map((f) => f.quote)).toContain('AvanCarte – mit uns haben Sie gute Karten!');
    expect(r.company.facts.map((f) => f.quote).join(' ')).not.toMatch(/\*\*|\\/);
  });
});

describe("class: what a question's signals say the ad talks about, and the must-haves of a long list (dev)", () => {
  it('names a topic only when the ad writes its words together: "CI/CD" and "event-driven", not "API … design" apart', () => {
    // The Italian ad asks for "API REST" in one line and speaks of "design" in another: it never says "API design".
    const jd = jdOf('jd-381-software-engineer-it.md');
    expect(adNamesTopic(jd.words, 'ci-cd')).toBe(true);
    expect(adNamesTopic(jd.words, 'event-driven')).toBe(true);
    expect(adNamesTopic(jd.words, 'code-review')).toBe(true);
    expect(adNamesTopic(jd.words, 'api-design')).toBe(false);
    expect(adNamesTopic(jd.words, 'on-call')).toBe(false);
  });

  it("writes a topic as a reader would, never as the bank's slug, and a required skill once", () => {
    const r = report('jd-381-software-engineer-it.md', 'cv-198-pastry-chef-to-bootcamp-developer.txt', '2021-03');
    const talks = r.questions.flatMap((q) => q.signals.filter((s) => s.startsWith('The job description talks about')));
    expect(talks.length).toBeGreaterThan(0);
    // ("ci", "api-design", "react": how the bank files a topic, not how anyone writes it.)
    for (const s of talks) expect(s).not.toMatch(/\b(?:ci|api|react|typescript|docker|rust|go)\b|[a-z]-[a-z]+-?[a-z]*$|\bapi-design\b/);
    expect(talks).toContain('The job description talks about CI');
    for (const q of r.questions) {
      const required = q.signals.filter((s) => s.startsWith('The job requires ')).map((s) => s.slice('The job requires '.length));
      for (const name of required) expect(q.signals).not.toContain(`The job description talks about ${name}`);
    }
    expect(topicName('kpis', new Set(), tx)).toBe('KPIs');
    expect(topicName('code-review', new Set(), tx)).toBe('code review');
    expect(topicName('on-call', new Set(['on-call']), tx)).toBe('On-Call');
    expect(topicName('trade-offs', new Set(['trade-offs']), tx)).toBe('trade-offs');
    expect(topicName('trade-offs', new Set(), tx)).toBe('trade offs');
  });

  it("lists nothing to review for a list of alternatives the CV meets, and quotes a data file's value, not its syntax", () => {
    // "Solida conoscenza di almeno una tecnologia backend: Node.js (JavaScript/TypeScript), Go o Rust", and a CV kept
    // as a site's JavaScript data that shows Node.js.
    const r = report('jd-381-software-engineer-it.md', 'cv-198-pastry-chef-to-bootcamp-developer.txt', '2021-03');
    const concepts = r.concepts.map((c) => c.skill);
    expect(concepts).toEqual(expect.arrayContaining(['Docker', 'CI/CD', 'JavaScript']));
    expect(concepts).not.toEqual(expect.arrayContaining(['Go']));
    expect(concepts).not.toContain('Rust');
    expect(r.positioning.emphasize.length).toBeGreaterThan(0);
    for (const e of r.positioning.emphasize) expect(e.evidence).not.toMatch(/^"?\w+"?\s*:|",?$/);
    expect(r.positioning.emphasize.map((e) => e.evidence)).toContain(
      'Full-stack intensive program focused on gaining technical programming skills in Javascript, Node Js, MySQL, MongoDB, Express, Handelbars.js & ReactJS.',
    );
    // (A bootcamp's programme is no job: the CV names JavaScript, and the report does not say it was used at work.)
    const js = r.positioning.emphasize.find((e) => e.point.startsWith('JavaScript'));
    expect(js?.point).toContain('your CV describes in its own words');
    expect(js?.point).not.toContain('used in real work');
  });

  it("plans an accounting intern's week around cases, asks their interviewer no roadmap questions, and keeps two quotes apart", () => {
    const r = report('jd-328-accounting-operations-intern.md', 'cv-120-teacher-to-virtual-assistant-pdf.txt', '2021-10');
    // (No design or coding question is in an accountant's list: day four was one line about timing a system design.)
    const day4 = r.plan[3];
    expect(day4.focus).toBe('Cases and problem solving');
    expect(day4.tasks.filter((t) => t.startsWith('Answer out loud')).length).toBeGreaterThanOrEqual(1);
    expect(r.plan.flatMap((d) => d.tasks).join(' ')).not.toMatch(/design in 20|trade-off and a failure mode/);
    const asks = r.questionsToAsk.flatMap((t) => t.questions).join(' ');
    expect(r.questionsToAsk.map((t) => t.theme)).not.toContain('Product and roadmap');
    expect(asks).not.toMatch(/roadmap|release|shipped|engineering/i);
    // "Location: Remote, North America" and "Preferably in a North American time zone…" are two lines of the ad.
    expect(renderMarkdown(r)).toMatch(/- Location: "[^"]+" · "[^"]+"/);
    const evidence = r.fitScore.components.find((c) => c.name === 'Evidence quality');
    expect(evidence?.note).toContain('counts for less');
  });

  it("still plans a developer's design day and asks a developer's interviewer about engineering practices", () => {
    const r = report('jd-381-software-engineer-it.md', 'cv-198-pastry-chef-to-bootcamp-developer.txt', '2021-03');
    expect(r.plan[3].focus).toBe('Design and problem solving');
    expect(r.questionsToAsk.map((t) => t.theme)).toContain('Engineering practices');
  });

  it("reads no part of a site template's comments as the CV: a recruiter's page is not a robotics researcher's", () => {
    // (Hugo Academic's front matter keeps the template's own examples as comments: "# bio: My research interests include
    // distributed robotics…", "# - course: PhD in Artificial Intelligence".)
    const cv = cvOf('cv-097-recruiter.txt', '2025-03');
    expect(cv.text).not.toContain('distributed robotics');
    expect(cv.text).not.toContain('PhD in Artificial Intelligence');
    expect(cv.text).toContain('Senior Technology Recruiter');
    const scalar = withoutFrontMatterComments('---\nname: Ana\n# a comment\nsummary: |\n  # Goals\n  Hire well\n---\nBody');
    expect(scalar).toBe('---\nname: Ana\n\nsummary: |\n  # Goals\n  Hire well\n---\nBody');
  });

  it('quotes a pay line once, without the block-quote mark it carried at the top of the ad', () => {
    // ">Grade: SO1" in the ad's opening block quote, and "Grade: SO1" again under the job's details.
    const jd = jdOf('jd-260-junior-data-analyst-en.md');
    expect(jd.logistics.pay).toEqual(['Grade: SO1']);
  });

  it('reads "evaluated during the on-site" as a round of the interview, not a place of work', () => {
    const jd = jdOf('jd-318-customer-success-engineer.md');
    expect(jd.logistics.remote).toEqual([]);
    expect(logisticsIn('Of course, all of the above points are evaluated during the on-site as well.')).toEqual([]);
    expect(logisticsIn('This is an on-site role in our Berlin office.')).toContain('remote');
    expect(logisticsIn('We work on-site three days a week.')).toContain('remote');
  });

  it('reads "Visa, Mastercard, American Express" as card schemes, not the Express web framework', () => {
    // A test analyst's ad (dev): its only "must-have" was Express, and its first nine questions asked about middleware.
    const jd = jdOf('jd-358-test-analyst.md');
    expect(jd.must).not.toContain('express');
    expect(jd.mentioned).not.toContain('express');
    expect(tx.idsIn('the strict standards criteria required by Visa, Mastercard, American Express and other card schemes')).not.toContain(
      'express',
    );
    expect(tx.idsIn('REST APIs in Node and Express, deployed with Docker')).toContain('express');
  });

  it('keeps a question on each of thirteen must-haves in the first fifteen when the first ten gather the core stack', () => {
    // A principal engineer's ad of thirteen must-haves: moving a second accessibility question into the first ten
    // had pushed the only fine-tuning question to sixteenth place.
    const built = buildOfflineReport({
      jd: corpus('jd', 'jd-059-principal-engineer-en.md'),
      cv: corpus('cv', 'cv-041-protocol-engineer.json'),
      now: new Date('2025-10-15T12:00:00Z'),
    });
    const c = checkRanking(built.report.questions, built.analysis.jd, bank, tx);
    expect(c.units).toBeGreaterThanOrEqual(13);
    expect(c.unitsMissing).toEqual([]);
    expect(c).toMatchObject({ offTrack: 0, offLevel: 0, offLevelAbove: 0 });
  });
});
