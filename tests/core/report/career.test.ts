// Career change is a profession question, read on real corpus pairs (dev documents).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCv } from '../../../src/core/profile/cv.ts';
import { normaliseText } from '../../../src/core/profile/intake.ts';
import { parseJd } from '../../../src/core/profile/jd.ts';
import { buildOfflineReport } from '../../../src/core/report/build.ts';
import { aimOfCv, careerChangeOf, professionShown, professionsOfCv, relevantYears } from '../../../src/core/report/career.ts';
import { loadTaxonomy } from '../../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const jd = (name: string) => parseJd(normaliseText(readFileSync(`eval/corpus/jd/${name}`, 'utf8')), tx);
const cv = (name: string, asOf: string) =>
  parseCv(normaliseText(readFileSync(`eval/corpus/cv/${name}`, 'utf8')), tx, new Date(`${asOf}-15T12:00:00Z`));

describe('career change on real pairs', () => {
  it('reads a plant scientist as a researcher, and a support role as a change of career for them', () => {
    const plant = cv('cv-051-plant-scientist.md', '2023-09');
    expect(professionsOfCv(plant)[0]).toBe('research');
    expect(careerChangeOf(jd('jd-048-support-en.md'), plant, tx)?.from).toBe('research');
  });

  it('does not let a side topic make a researcher a communicator ("University Press", campaigns studied)', () => {
    const scientist = cv('cv-052-political-scientist-pdf.txt', '2024-10');
    expect(careerChangeOf(jd('jd-127-writer-en.html'), scientist, tx)?.from).toBe('research');
  });

  it('lets a product manager move into product marketing without calling it a change of career', () => {
    expect(careerChangeOf(jd('jd-118-product-marketing-en.md'), cv('cv-069-product-manager.md', '2023-10'), tx)).toBeUndefined();
  });

  it('names professions the corpus has no CV for yet: marketing, customer service, hospitality, policy, the forces, care', () => {
    const one = (title: string, line: string) =>
      professionsOfCv(parseCv(`Pat Doe\n${title}\n\nExperience\n${title}, Acme, 2016 – 2024\n- ${line}\n`, tx, new Date('2024-06-15')))[0];
    expect(one('Marketing Manager', 'Ran paid social and email campaigns; grew leads 40% with SEO content')).toBe('communications');
    expect(one('Customer Service Representative', 'Handled 60 calls a day in a busy call centre')).toBe('customer-success');
    expect(one('Head Chef', 'Ran a kitchen of 8 in a busy restaurant; food safety lead')).toBe('hospitality');
    expect(one('Policy Analyst', 'Wrote briefs for ministers on public policy')).toBe('public-policy');
    expect(one('Captain, US Army', 'Led a company of 120 soldiers through two deployments')).toBe('military');
    expect(one('Pharmacist', 'Dispensed prescriptions and counselled patients in a hospital pharmacy')).toBe('health');
    // "Assistant to the CEO" is someone else's title.
    expect(one('Executive Assistant to the CEO', 'Managed calendars, travel and board papers')).toBe('administration');
  });

  it('gives a computing student the profession they study for', () => {
    const student = cv('cv-045-cs-student.json', '2025-11');
    expect(professionsOfCv(student)).toEqual(['software']);
    expect(careerChangeOf(jd('jd-075-web-designer-es.md'), student, tx)?.to).toBe('design');
  });

  it('does not call quantitative research → data analysis a change of career', () => {
    expect(careerChangeOf(jd('jd-061-data-analyst-en.md'), cv('cv-048-stats-phd-student.json', '2025-12'), tx)).toBeUndefined();
  });

  it('lets a software person move into product management without calling it a change of career', () => {
    expect(careerChangeOf(jd('jd-021-product-en.md'), cv('cv-039-lawyer-to-eng-leader.md', '2025-12'), tx)).toBeUndefined();
  });

  it('counts a list of alternatives once when asking whether the CV already shows the role', () => {
    const ad = parseJd(
      'Product Designer\nAcme\n\n## Requirements\n- Wireframing\n- User research\n- A design tool such as Figma, Sketch or Adobe XD\n',
      tx,
    );
    expect(ad.alternatives.some((g) => g.includes('figma') && g.includes('sketch'))).toBe(true);
    const engineer = parseCv(
      'Sam Lee\nSoftware Engineer\n\nExperience\nSoftware Engineer, Initech — Jan 2018 – Present\n- Built Go and Python services; reviewed wireframes in Figma, Sketch and Adobe XD with the design team\n\nSkills: Go, Python, Kubernetes, Figma, Sketch, Adobe XD, wireframing',
      tx,
      new Date('2025-12-15T12:00:00Z'),
    );
    // Figma, Sketch and Adobe XD meet one requirement (the design tool), not three: two of four, still a change of career.
    expect(careerChangeOf(ad, engineer, tx)?.to).toBe('design');
  });

  it("gives the role's own trade the whole profession part and a trade that leads into it half (a PM and an engineering lead for a PM role)", () => {
    const ad = readFileSync('eval/corpus/jd/jd-009-product-en.md', 'utf8');
    const fitFor = (name: string, asOf: string) =>
      buildOfflineReport({ jd: ad, cv: readFileSync(`eval/corpus/cv/${name}`, 'utf8'), now: new Date(`${asOf}-15T12:00:00Z`) }).report
        .fitScore;
    const pm = fitFor('cv-069-product-manager.md', '2023-10');
    const dev = fitFor('cv-025-devops-lead.txt', '2026-02');
    const part = (f: typeof pm) => f.components.find((c) => c.name === 'Profession');
    expect(professionShown(jd('jd-009-product-en.md'), cv('cv-069-product-manager.md', '2023-10')).kind).toBe('own');
    expect(part(pm)?.value).toBe(1);
    expect(part(pm)?.note).toMatch(/main trade, product management, is the role's own/);
    // An engineer who has led (a team lead, a director of infrastructure) often moves into product: no career change,
    // but not yet the trade either.
    expect(dev.careerChange).toBeNull();
    expect(part(dev)?.value).toBe(0.5);
    expect(part(dev)?.note).toMatch(/reads as software engineering, not yet the role's own trade: this part counts half/);
    expect(pm.score).toBeGreaterThan(dev.score);
  });

  it("reads a support agent who answers customers' questions as customer success (cv-081), not as sales", () => {
    const agent = cv('cv-081-support-undated.md', '2025-09');
    expect(professionsOfCv(agent)[0]).toBe('customer-success');
    expect(professionShown(jd('jd-196-customer-service-lead-nl.md'), agent).kind).toBe('own');
  });

  it('calls a developer with no support work who applies to customer success a change of career, and a support engineer not', () => {
    // The corpus labeller called all four software → customer-success pairs of the dev split a change of career.
    expect(careerChangeOf(jd('jd-121-customer-success-en.md'), cv('cv-058-frontend-junior-pdf.txt', '2022-06'), tx)?.from).toBe('software');
    const support = cv('cv-111-support-engineer.txt', '2023-01');
    expect(careerChangeOf(jd('jd-222-technical-support-analyst-en.md'), support, tx)).toBeUndefined();
    expect(professionShown(jd('jd-222-technical-support-analyst-en.md'), support).kind).toBe('side');
  });

  it('reads a finance title as a trade of its own: a data scientist applying to an accounting post changes career, an operations manager does not', () => {
    // Both ads are in the bank's operations track; their titles ("Associate Financial Officer", "Comptable") say finance.
    const data = cv('cv-073-finance-to-data.md', '2018-11');
    expect(careerChangeOf(jd('jd-202-financial-officer-it.md'), data, tx)?.to).toBe('finance');
    expect(careerChangeOf(jd('jd-226-accountant-fr.md'), data, tx)?.to).toBe('finance');
    expect(careerChangeOf(jd('jd-226-accountant-fr.md'), cv('cv-100-operations-manager.txt', '2024-02'), tx)).toBeUndefined();
  });

  it("takes the trade from the title when the bank has no track for the ad (a veterinarian's post)", () => {
    const vet = readFileSync('eval/corpus/jd/jd-235-small-animal-vet-de.md', 'utf8');
    const { report } = buildOfflineReport({
      jd: vet,
      cv: readFileSync('eval/corpus/cv/cv-114-pet-stylist-to-bootcamp.txt', 'utf8'),
      now: new Date('2023-05-15T12:00:00Z'),
    });
    expect(report.fitScore.careerChange?.to).toBe('veterinary medicine');
    expect(report.fitScore.label).toBe('career-change');
    expect(report.fitScore.summary).toMatch(/^\d+\/100 — a career change: from software engineering to veterinary medicine/);
  });

  it('counts a stated total in the trade it names: "10+ years experience as an adult educator" are no front-end years (batch 16)', () => {
    const educator = cv('cv-122-educator-to-bootcamp-undated.txt', '2022-08');
    expect(educator.years).toBe(10);
    expect(relevantYears(jd('jd-253-frontend-developer-en.md'), educator)).toBe(0);
    const { report } = buildOfflineReport({
      jd: readFileSync('eval/corpus/jd/jd-253-frontend-developer-en.md', 'utf8'),
      cv: readFileSync('eval/corpus/cv/cv-122-educator-to-bootcamp-undated.txt', 'utf8'),
      now: new Date('2022-08-15T12:00:00Z'),
    });
    expect(report.fitScore.components.find((c) => c.name === 'Seniority and years')?.note).toMatch(
      /10 years in the CV, none of them in roles like this one/,
    );
    expect(report.fitScore.label).toBe('weak');
    // A sentence that names only fields ("recruiting talent in Artificial Intelligence") keeps the whole total.
    expect(relevantYears(jd('jd-142-recruiting-en.md'), cv('cv-097-recruiter.txt', '2024-01'))).toBeUndefined();
  });

  it('keeps veterinary medicine apart from human health: a nurse applying to a small-animal practice changes career (batch 16)', () => {
    const nurse = cv('cv-119-nurse-phd-student.txt', '2019-09');
    expect(professionsOfCv(nurse)).toContain('health');
    expect(careerChangeOf(jd('jd-235-small-animal-vet-de.md'), nurse, tx)).toMatchObject({ from: 'health', to: 'veterinary' });
  });

  it('takes the trade a career changer says they have moved into: their old trade is then a change again', () => {
    // "I'm a self-studied front-end developer from Ukraine", after years in sales: a sales ad is a change of career now.
    const frontEnd = cv('cv-098-sales-to-frontend.txt', '2021-02');
    expect(aimOfCv(frontEnd)).toEqual({ trade: 'software', declared: true });
    expect(careerChangeOf(jd('jd-099-sales-en.md'), frontEnd, tx)).toMatchObject({ from: 'software', to: 'sales', earlier: true });
    // The report says it is a way back, and the plan starts from the earlier work.
    const back = buildOfflineReport({
      jd: readFileSync('eval/corpus/jd/jd-099-sales-en.md', 'utf8'),
      cv: readFileSync('eval/corpus/cv/cv-098-sales-to-frontend.txt', 'utf8'),
      now: new Date('2021-02-15T12:00:00Z'),
    }).report;
    expect(back.fitScore.summary).toMatch(
      /from software engineering back to sales and business development, a trade your CV shows from before/,
    );
    expect(back.overview.summary).toMatch(/The plan: lead with the sales and business development work your CV shows from before/);
    // A musician whose JSON Resume headline reads "Developer/Programmer" is in software, where the CV shows no trade clearly.
    const musician = cv('cv-076-musician-to-developer.txt', '2021-02');
    expect(professionsOfCv(musician)).toEqual([]);
    expect(aimOfCv(musician)?.trade).toBe('software');
    expect(professionShown(jd('jd-014-frontend-en.md'), musician).kind).toBe('side');
    // A summary line says it as plainly; teaching at a bootcamp is not attending one.
    const summary = (line: string) =>
      aimOfCv(parseCv(`Pat Doe\n${line}\n\nExperience\nStaff Nurse, City Hospital, 2012 – 2022\n`, tx, new Date('2024-06-15')));
    expect(summary('Junior full-stack developer with a background as a healthcare provider')?.trade).toBe('software');
    expect(summary('Bootcamp instructor and mentor for new developers')).toBeUndefined();
    expect(summary('Completed a full-time coding bootcamp in 2023')).toEqual({ trade: 'software', declared: false });
  });

  it("reads a CV page's opening lines without its blank ones: a retail worker's 'Junior Level Web development' is the aim (batch 17)", () => {
    const retail = cv('cv-113-retail-to-junior-developer.txt', '2025-06');
    expect(aimOfCv(retail)).toEqual({ trade: 'software', declared: true });
    expect(careerChangeOf(jd('jd-259-junior-developer-en.md'), retail, tx)).toBeUndefined();
    expect(careerChangeOf(jd('jd-141-sales-en.md'), retail, tx)).toMatchObject({ from: 'software', to: 'sales', earlier: true });
  });

  it('reads the move a CV states in its summary ("seeking to transition from the field of education to pursue work as a Virtual Assistant", batch 16)', () => {
    // A teacher's PDF, its summary wrapped over two lines: the office roles she aims at are her next step, not a change.
    const teacher = cv('cv-120-teacher-to-virtual-assistant-pdf.txt', '2023-03');
    expect(aimOfCv(teacher)).toEqual({ trade: 'administration', declared: true });
    expect(careerChangeOf(jd('jd-072-ops-en.md'), teacher, tx)).toBeUndefined();
    // A move to nowhere named is no aim; a dated job line is not a summary either.
    const summary = (line: string) =>
      aimOfCv(parseCv(`Pat Doe\n${line}\n\nExperience\nStaff Nurse, City Hospital, 2012 – 2022\n`, tx, new Date('2024-06-15')));
    expect(summary('Looking to transition into a new challenge')).toBeUndefined();
    expect(summary('Nurse moving to a role as a Project Coordinator')?.trade).toBe('operations');
  });

  it('reads a computer-science teacher as in software too: a developer post is a weak fit, an office manager post a change of career (batch 13)', () => {
    // "I am a certified teacher of Computer Sciences, Histories, Geography…", "Instructor of AP Computer Sciences".
    const teacher = cv('cv-112-teacher-to-developer.txt', '2022-12');
    expect(professionsOfCv(teacher)).toEqual(['teaching', 'software']);
    expect(careerChangeOf(jd('jd-184-senior-developer-en.md'), teacher, tx)).toBeUndefined();
    expect(careerChangeOf(jd('jd-232-office-manager-en.md'), teacher, tx)?.from).toBe('teaching');
    // A teacher of other subjects is not: a developer post is a change of career for them.
    const history = parseCv(
      'Jo Doe\nHistory teacher\n\nExperience\nHistory Teacher, City High School, 2015 – 2023\nTaught history and geography; planned lessons and the curriculum; tutoring\n',
      tx,
      new Date('2024-01-15'),
    );
    expect(professionsOfCv(history)).toEqual(['teaching']);
    expect(careerChangeOf(jd('jd-184-senior-developer-en.md'), history, tx)?.from).toBe('teaching');
  });
});
