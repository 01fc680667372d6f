import { describe, expect, it } from 'vitest';
import { tokenize, tokenizeEach } from '../../src/core/nlp/wink.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const ids = (s: string) => tx.idsIn(s);

describe('skills taxonomy matching', () => {
  it.each([
    ['Skills: C#, C++ and C', ['csharp', 'cplusplus', 'c']],
    ['Node.js and .NET services', ['nodejs', 'dotnet']],
    ['We run CI/CD with GitHub Actions', ['ci-cd', 'github-actions']],
    ['Deployed to k8s via Helm', ['kubernetes']],
    ['Postgres 15 (PostgreSQL) and JS', ['postgresql', 'javascript']],
    ['Built services in Go and Rust', ['go', 'rust']],
    ['Languages: Python, Go, Java', ['python', 'go', 'java']],
    ['golang microservices', ['go', 'microservices']],
  ])('finds the skills in "%s"', (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([
    ['Go beyond expectations in every sprint.', 'go'],
    ['We go to the office twice a week.', 'go'],
    ['She is the go-to person for releases.', 'go'],
    ['I react to feedback quickly.', 'react'],
    ['The C grade was my lowest.', 'csharp'],
  ])('does not read "%s" as %s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it('reads the wordings real ads use for Linux, containers and prototypes (corpus jd-058, jd-087, jd-122, jd-022)', () => {
    expect(ids('proficient in web development, relational databases, and using Unix-like operating systems')).toContain('linux');
    expect(ids('background on Linux, networking and containers')).toContain('containerization');
    expect(ids('potentially using a container orchestrator like Nomad or Kubernetes')).toContain('containerization');
    expect(ids('help them build high fidelity prototypes')).toContain('prototyping');
  });

  it('reads how dev ads word object orientation, test strategy, profiling, roadmaps, scans and projects (jd-184, jd-213, jd-175, jd-098, jd-009, jd-052, jd-186)', () => {
    expect(ids('Demonstrate proven experience working in a modern object oriented language')).toContain('object-oriented-programming');
    for (const phrase of [
      'lenguajes Orientados a Objetos',
      'programmation orientée objet',
      'objektorientierte Programmierung',
      'linguaggi orientati agli oggetti',
    ])
      expect(ids(phrase), phrase).toContain('object-oriented-programming');
    expect(ids('Design and develop risk-based test strategies and plans')).toContain('test-strategy');
    expect(ids('Knowledge OOP and programming patterns')).toEqual(
      expect.arrayContaining(['object-oriented-programming', 'design-patterns']),
    );
    expect(ids('Understanding of profiling applications')).toContain('performance-profiling');
    expect(ids('Maintain a roadmap, backlog, and curate feedback')).toContain('roadmapping');
    expect(ids('pen testing and internal vulnerability scans')).toContain('vulnerability-management');
    expect(ids('the demonstrated ability to manage projects and coordinate teams')).toContain('project-management');
    // "async" alone is a way of working in remote teams, not a programming skill; Python in "async Python" stays Python.
    expect(ids('We work async across time zones')).toEqual([]);
    expect(ids('full-stack async Python including type annotations')).toContain('python');
  });

  it('tokenizes the spellings in one batch exactly as one by one (the taxonomy is built that way)', () => {
    const spellings = [
      'C++',
      'C#',
      '.NET',
      'Node.js',
      'CI/CD',
      'k8s',
      'Objective-C',
      'ASP.NET Core',
      'R',
      'Go',
      'e.g. React',
      "don't",
      'A/B testing',
    ];
    expect(tokenizeEach(spellings)).toEqual(spellings.map(tokenize));
    // A spelling that holds the batch mark is tokenized on its own.
    expect(tokenizeEach(['a ¦ b', 'Go'])).toEqual([tokenize('a ¦ b'), tokenize('Go')]);
  });

  it('reads "UX/UI" as both UX and UI design, as the ads that write it mean (jd-134, jd-242: a shared spelling)', () => {
    expect(ids('With proficient knowledge in UX/UI, Accesibility, and agile development')).toEqual(
      expect.arrayContaining(['ux-design', 'ui-design']),
    );
    expect(ids('Diseñador UI/UX con experiencia en Figma')).toEqual(expect.arrayContaining(['ux-design', 'ui-design', 'figma']));
    // The spelling still belongs to one entry when a name is resolved, and "UX designer" alone stays UX.
    expect(tx.resolve('UX/UI')?.id).toBe('ux-design');
    expect(ids('We are hiring a UX designer')).not.toContain('ui-design');
    expect(ids('Business Developer with a start-up background')).toContain('business-development');
    expect(ids('über Kommunikationsstärke und Moderationskompetenz verfügst')).toContain('workshop-facilitation');
  });

  it('gives each modifier of a shared head its own skill ("unit, integration, and end-to-end testing", jd-236)', () => {
    expect(ids('Strong testing discipline across unit, integration, and end-to-end testing')).toEqual([
      'unit-testing',
      'integration-testing',
      'end-to-end-testing',
    ]);
    expect(ids('Experience with iOS and Android development')).toEqual(['ios', 'android']);
    // The modifier next to the head need not be a skill of its own (jd-270: "behavioural tests" is none).
    expect(ids('Comfortable writing unit, integration or behavioural tests')).toEqual(['unit-testing', 'integration-testing']);
    expect(ids('We write good tests')).toEqual([]);
    // A list of other things before a skill is not a list of modifiers: "Python, Java and unit testing", nor is a skill
    // named twice ("sales or sales engineering", jd-083), nor a head other than tests, development, databases or apps
    // ("learning and service design" is no learning design).
    expect(ids('Python, Java and unit testing')).toEqual(['python', 'java', 'unit-testing']);
    expect(ids('Has at least two years of sales or sales engineering experience')).toEqual(['sales', 'sales-engineering']);
    expect(ids('guiding, learning and service design')).not.toContain('learning-and-development');
  });

  it('reads German compounds that share their ending ("verhandlungs- und umsatzstark", "DATEV- und Office- Kenntnisse", batch 16)', () => {
    const de = (t: string) => tx.idsIn(t, { language: 'de' });
    expect(de('Sie treten professionell auf und zeigen sich verhandlungs- und umsatzstark.')).toEqual(['negotiation']);
    expect(de('Sie haben sichere DATEV- und Office- Kenntnisse.')).toEqual(['office-suites']);
    expect(de('Kommunikations- und Teamfähigkeit')).toEqual(['communication', 'teamwork']);
    // Halves that make no skill stay unread: "Verlags- und Handelsunternehmen", "In- und Ausland".
    expect(de('eines der führenden Verlags- und Handelsunternehmen im In- und Ausland')).toEqual([]);
  });

  it('reads security practice and free software in the words real ads use (jd-069, jd-236, jd-158, jd-126)', () => {
    expect(ids('Understanding of security best practices across the stack, including secure-by-default patterns')).toContain(
      'application-security',
    );
    expect(ids('Utilizar e compreender os valores do software livre')).toContain('open-source');
    expect(ids("contributions du secteur public à l'écosystème des logiciels libres")).toContain('open-source');
  });

  it('resolves names and aliases to one entry', () => {
    expect(tx.resolve('k8s')?.id).toBe('kubernetes');
    expect(tx.resolve('Postgres')?.id).toBe('postgresql');
    expect(tx.resolve('CI/CD')?.id).toBe('ci-cd');
    expect(tx.resolve('JS')?.id).toBe('javascript');
  });

  it('gives every skill concepts to review and adjacent skills that exist', () => {
    for (const s of tx.skills.values()) {
      expect(s.concepts.length, s.id).toBeGreaterThanOrEqual(2);
      for (const a of s.adjacent) expect(tx.get(a), `${s.id} → ${a}`).toBeDefined();
    }
  });
});
