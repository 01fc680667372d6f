// Titles and employers as a person reads them on real ads (eval/corpus dev documents), whatever the page's shape.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/core/profile/clean.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { detectTrack, parseJd } from '../../src/core/profile/jd.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const file = (name: string) => readFileSync(`eval/corpus/jd/${name}`, 'utf8');
const jdOf = (name: string) => parseJd(normaliseText(file(name)), tx);

describe('job titles and employers on real ads', () => {
  it('reads Hugo TOML front matter (+++ … +++) as metadata, not as the title', () => {
    const doc = cleanDocument(file('jd-050-product-en.md'));
    expect(doc.meta.title).toBe('Product Manager');
    expect(doc.text).not.toMatch(/^\+\+\+|date = /m);
    const jd = jdOf('jd-050-product-en.md');
    expect(jd.title).toBe('Product Manager');
    expect(jd.company).toBe('Crunch.io');
    expect(jd.track).toBe('product');
  });

  it('finds the job under a careers page title ("Jobs at Sefaria" → "## Senior Software Engineer")', () => {
    const jd = jdOf('jd-128-backend-en.html');
    expect(jd.title).toBe('Senior Software Engineer');
    expect(jd.company).toBe('Sefaria');
    expect(jdOf('jd-127-writer-en.html').title).toBe('Part-time Writer / Editor');
  });

  it('drops hiring phrases and decoration around a title, in several languages', () => {
    // "We are looking for a …" in front matter, with a "Position:" field (and <br />) in the body.
    expect(jdOf('jd-121-customer-success-en.md').title).toBe('Technical Customer Success Manager');
    // "<span>Puesto:</span> Back-end dev" is a field, not the employer.
    expect(jdOf('jd-135-backend-es.md').company).not.toMatch(/Puesto/);
    // "Jugend hackt sucht ein*e Fundraiser*in (80%, Bewerbungsschluss …)": employer, then the job.
    const fundraiser = jdOf('jd-139-fundraising-de.md');
    expect(fundraiser.title).toBe('Fundraiser*in');
    expect(fundraiser.company).toBe('Jugend hackt');
    expect(fundraiser.track).toBe('sales');
    // "… - CDD 3 ans renouvelable H/F": contract and gender markers are not part of the job's name.
    expect(jdOf('jd-126-community-fr.md').title).toBe('Chargé·e de communautés et de contributions logiciels libres');
    expect(jdOf('jd-133-community-es.md').title).toBe('Líder de Comunidad');
  });

  it('reads community, writing and editing roles as communications', () => {
    for (const name of ['jd-126-community-fr.md', 'jd-127-writer-en.html', 'jd-131-community-organizer-de.md', 'jd-133-community-es.md'])
      expect(jdOf(name).track, name).toBe('communications');
  });

  it('skips a "this position has been filled" notice and takes the explicit Title field', () => {
    expect(jdOf('jd-072-ops-en.md').title).toBe('HCB Operations Associate');
  });

  it('takes a "**Job Title:**" field over the page title, even when the field labels ran together', () => {
    expect(jdOf('jd-076-qa-en.md').title).toBe('QA Engineer (Junior Developer / Bug Tester)');
  });

  it('drops job-board decoration ("Job Opportunity:") and emoji', () => {
    expect(jdOf('jd-077-ml-en.md').title).toBe('AI Systems Developer');
    const fleet = jdOf('jd-089-bizops-en.md');
    expect(fleet.title).toBe('Business Operations Engineer');
    expect(fleet.company).toBe('Fleet');
  });

  it('moves a programme or employer before the job ("Login.gov - DevOps/…" on an HTML page) to the company', () => {
    const jd = jdOf('jd-066-devops-en.html');
    expect(jd.title).toBe('DevOps/Site Reliability Engineer (IT Specialist)');
    expect(jd.company).toBe('Login.gov');
  });

  it('reads a setext title ("Title" over a line of dashes) and never takes the dashes for the employer', () => {
    const jd = jdOf('jd-087-infra-lead-en.md');
    expect(jd.title).toBe('Software Engineer in the Infrastructure team');
    expect(jd.company).not.toMatch(/^-+$/);
  });

  it('names the job from a sentence when the ad opens with prose ("Hack Club is hiring a Tech Lead for …")', () => {
    const jd = jdOf('jd-069-tech-lead-en.md');
    expect(jd.title).toBe('Tech Lead, Hack Club Bank');
    expect(jd.company).toBe('Hack Club');
  });

  it('keeps the first of two gendered forms ("Coordonnateur/Coordonnatrice")', () => {
    expect(jdOf('jd-034-people-ops-fr.md').title).toBe('Coordonnateur des opérations du personnel');
  });

  it('does not take the job for the employer ("The Account Executive (AE) will…")', () => {
    const jd = jdOf('jd-045-sales-en.md');
    expect(jd.title).toBe('Account Executive');
    expect(jd.company).not.toBe('Account Executive');
  });
});

describe('job fields kept as a quote block, a colon after "cherche", a byline with its preposition (batch 17)', () => {
  it('reads ">Job title: Junior Developer" and ">Area of government: Ontario Digital Service" as fields, not as the title', () => {
    const ontario = jdOf('jd-263-junior-developer-en.md');
    expect(ontario.title).toBe('Junior Developer');
    expect(ontario.company).toBe('Ontario Digital Service');
    const greenwich = jdOf('jd-259-junior-developer-en.md');
    expect(greenwich.title).toBe('Junior Developer');
    expect(greenwich.track).toBe('fullstack');
    // "the Council's equal opportunities policies": a common noun, not the employer's name.
    expect(greenwich.company).not.toBe('Council');
  });

  it('reads "Pix cherche : un(e) développeur(euse) full-stack JS" and "at NJ Office of Innovation"', () => {
    const pix = jdOf('jd-255-fullstack-developer-fr.md');
    expect(pix.title).toBe('Développeur(euse) full-stack JS');
    expect(pix.company).toBe('Pix');
    expect(jdOf('jd-264-content-specialist-en.md').company).toBe('NJ Office of Innovation');
  });
});

describe('the employer named in the ad', () => {
  it('is the name that says what it is ("Peer 2 Peer University (P2PU) is a U.S.-based non-profit", "… sont un centre")', () => {
    expect(jdOf('jd-253-frontend-developer-en.md').company).toBe('Peer 2 Peer University (P2PU)');
    expect(jdOf('jd-249-librarian-fr.md').company).toBe('Territoires de la Mémoire');
    expect(jdOf('jd-133-community-es.md').company).toBe('Codeando México');
  });

  it('is the registered name in a bold signature ("**AvanCarte GmbH**"), and never a pronoun ("Wir sind ein …", "Este é um …")', () => {
    expect(jdOf('jd-247-sales-agent-de.md').company).toBe('AvanCarte GmbH');
    expect(jdOf('jd-233-support-engineer-de.md').company).toBe('Mint System GmbH');
    for (const f of ['jd-178-sales-executive-pt.md', 'jd-229-customer-relations-manager-de.md', 'jd-234-open-source-expert-de.md'])
      expect(jdOf(f).company, f).not.toMatch(/^(?:Wir|Este|Esta)$/);
  });
});

describe('the track a title names', () => {
  it.each([
    ['Data Analyst', 'data-science'],
    ['Data Visualization Specialist', 'data-science'],
    ['Business Operations Analyst', 'operations'],
    ['Fraud Analyst', 'security'],
    ['Marketing Programs Manager', 'communications'],
    ['Administrative Coordinator', 'operations'],
    ['Tech Lead', 'backend'],
    // Titles no corpus ad used, in the words of each language: the trade is named, so the ad is not "general".
    ['Content Development Specialist', 'communications'],
    ['Referentin für Presse- und Öffentlichkeitsarbeit', 'communications'],
    ['Responsable de la communication', 'communications'],
    ['Analista de Comunicação', 'communications'],
    ['Gerente de Recursos Humanos', 'recruiting'],
    ['People & Culture Lead', 'recruiting'],
    ['Key Account Manager', 'sales'],
    ['Vendedor Interno', 'sales'],
    ['Customer Experience Associate', 'customer-success'],
    ['Técnico de Soporte', 'customer-success'],
    ['Grafikerin', 'design'],
    ['Chef de produit', 'product'],
    ['Volunteer Coordinator', 'operations'],
    ['Assistente amministrativa', 'operations'],
    ['Event Manager', 'operations'],
    ['Geschäftsführer (m/w/d)', 'operations'],
    // …but a title that names engineering stays an engineering title.
    ['Logistics Software Engineer', 'backend'],
    ['Supply Chain Developer', 'backend'],
    ['Senior Distributed Systems Engineer', 'backend'],
    ['Systems Engineer', 'devops'],
  ])('"%s" is %s', (title, track) => {
    expect(detectTrack(title, [], tx)).toBe(track);
  });
});

describe('a generic engineering title', () => {
  it('is full stack when the ad asks for both sides of a web application (Ruby and JavaScript, PHP with HTML and CSS)', () => {
    // "Engineer GS15": Ruby, Python, JavaScript and Go; a Spanish junior post with PHP, Laravel, HTML and CSS.
    expect(jdOf('jd-058-engineer-gov-en.md').track).toBe('fullstack');
    expect(jdOf('jd-213-junior-developer-es.md').track).toBe('fullstack');
    // No title that names a job ("Devenir coopérateur⋅ice"): PHP, JavaScript, HTML and CSS decide.
    expect(jdOf('jd-153-php-developer-fr.md').track).toBe('fullstack');
  });

  it('stays back end with one side only, and front end with a front-end stack', () => {
    expect(detectTrack('Software Engineer', ['python', 'postgresql', 'django'], tx)).toBe('backend');
    expect(detectTrack('Developer', ['javascript', 'react', 'redux', 'css'], tx)).toBe('frontend');
    expect(detectTrack('Software Engineer', ['php', 'html', 'css'], tx)).toBe('fullstack');
  });
});

describe('static-site job pages', () => {
  it('drops template comments (instructions to the page editor) and reads front-matter lists as sections', () => {
    const doc = cleanDocument(file('jd-058-engineer-gov-en.md'));
    expect(doc.text).not.toMatch(/If you want to include a closed\/upcoming\/open alert|endcomment|\{%/);
    expect(doc.text).toMatch(/^## Key objectives\n\n- You will contribute high-quality/m);
    expect(doc.text).toMatch(/^- Participate in code review, architecture discussions, and feature prioritization\.$/m);
  });

  it('reads an ad kept entirely in front matter that is not valid YAML (objectives as title/items lists)', () => {
    const doc = cleanDocument(file('jd-061-data-analyst-en.md'));
    expect(doc.text).toMatch(/^- You will apply statistical analysis and predictive modeling skills to collect and analyze data\.$/m);
    expect(doc.text).toMatch(/^- Create a visual narrative through the use of data visualization tools/m);
    expect(doc.text).not.toMatch(/headline|info_sessions/);
  });

  it('does not take an opening sentence or a wrapped line for the title: the heading or "As … you will" names the job (batch 15)', () => {
    // "*Die Position soll zum nächstmöglichen Zeitpunkt besetzt werden.*" opens both ads; the duties heading names the job.
    expect(jdOf('jd-238-business-developer-de.md').title).toBe('Business Developer Cloud Computing');
    expect(jdOf('jd-239-site-reliability-engineer-en.md').title).toBe('Site Reliability Engineer');
    // "For its [Sovereign Cloud Stack (SCS)](…)" is the first line of a hard-wrapped sentence; the H1 below it is the job.
    expect(jdOf('jd-240-product-owner-container-en.md').title).toBe('SCS Product Owner Container Technologies');
    // A job board's "Job offer" before the title.
    expect(jdOf('jd-242-ui-ux-designer-en.md').title).toBe('UI/UX Designer');
  });

  it('reads a business developer as sales, not as a software developer', () => {
    expect(detectTrack('Business Developer Cloud Computing', ['kubernetes', 'openstack'], tx)).toBe('sales');
    expect(jdOf('jd-238-business-developer-de.md').must).toContain('business-development');
  });
});

describe('Markdown escapes and names that are no employer', () => {
  it('reads an escape inside a line as its character and leaves one at a line start, which keeps the line from being a list', () => {
    const { text } = cleanDocument(
      '# Entwickler\\*in (m/w/d)\n\nWir suchen eine\\*n Entwickler\\*in für C\\# und F\\#.\n\n\\* Teams in need of a PM.\n',
    );
    expect(text).toContain('# Entwickler*in (m/w/d)');
    expect(text).toContain('eine*n Entwickler*in für C# und F#.');
    expect(text).toContain('\\* Teams in need of a PM.');
  });

  it('never names a street address, a page heading, a department or markup as the employer', () => {
    const tx = loadTaxonomy();
    for (const byline of ['Hauptstraße 12', '221 Baker Street', 'Gesucht', 'Buchhaltung', '.. toctree', 'p']) {
      const jd = parseJd(normaliseText(`# Junior Developer\n${byline}\n\n## Requirements\n- JavaScript\n- SQL\n`), tx);
      expect(jd.company, byline).not.toBe(byline);
    }
    const named = parseJd(normaliseText('# Junior Developer\nAcme Robotics | Berlin\n\n## Requirements\n- JavaScript\n'), tx);
    expect(named.company).toBe('Acme Robotics');
  });
});
