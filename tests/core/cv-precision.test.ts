// Skills a CV names without the person having them: course and certificate titles, links and handles,
// interests, sentences about the employer or its product, employers' names, single ambiguous words.
// Every line here is written for the test; the skills section must still count in full.
import { describe, expect, it } from 'vitest';
import { parseCv, withoutLinks } from '../../src/core/profile/cv.ts';
import { normaliseText } from '../../src/core/profile/intake.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

const tx = loadTaxonomy();
const NOW = new Date('2024-06-15T12:00:00Z');
const skillsOf = (text: string) => [...parseCv(normaliseText(text), tx, NOW).skills.keys()];

/** An experienced engineer: roles with dates, so courses and certificates are only what they studied. */
const experienced = (extra: string) => `Dana Whitfield
Backend engineer

## Experience
Backend Engineer, Northwind (2016 – Present)
- Built payment services in Python and PostgreSQL

## Skills
Python, PostgreSQL, Docker

${extra}`;

describe('course, certificate and degree titles', () => {
  it('an experienced person does not have the skills of their courses and certificates', () => {
    const skills = skillsOf(
      experienced(`## Education
BSc Computer Science, 2015
- CS2040 - Introduction to Machine Learning
- Coursework: Compilers; Artificial Intelligence

## Certifications
- AWS Certified Advanced Networking – Specialty
- HashiCorp Certified: Vault Associate`),
    );
    expect(skills).toEqual(expect.arrayContaining(['python', 'postgresql', 'docker']));
    for (const id of ['machine-learning', 'artificial-intelligence', 'networking', 'vault', 'aws']) expect(skills).not.toContain(id);
  });

  it('a course line outside the education section is a course too', () => {
    const skills = skillsOf(experienced('## Other\nCompleted an online course: Intro to Kotlin for Android'));
    expect(skills).not.toContain('kotlin');
    expect(skills).not.toContain('android');
  });

  it('a sentence that only mentions a course or a certification is not a course title', () => {
    const skills = skillsOf(
      experienced(`## Summary
Over the course of six years built payment microservices in Go and Kotlin.
Areas of specialization: Java, Spring Boot, Kafka
Led the platform through its SOC 2 certification while moving forty services to AWS with Terraform.`),
    );
    expect(skills).toEqual(expect.arrayContaining(['go', 'kotlin', 'java', 'spring-boot', 'kafka', 'terraform', 'aws']));
  });

  it("a student's courses are the evidence they have", () => {
    const skills = skillsOf(`Sam Okafor
Computer science student, expected graduation 2025

## Education
BSc Computer Science (2021 – 2025)
- Relevant coursework: Machine Learning, Databases (SQL), Object-Oriented Programming in Java`);
    expect(skills).toEqual(expect.arrayContaining(['machine-learning', 'sql', 'java']));
  });
});

describe('sections', () => {
  it('a "Personal Profile" is a summary, not personal details', () => {
    expect(skillsOf('Sam Hale\n\nPersonal Profile\nBackend developer building APIs in Kotlin.')).toContain('kotlin');
    expect(skillsOf('Sam Hale\n\nPersonal Details\nFavourite language: Kotlin')).not.toContain('kotlin');
  });
});

describe('links, handles and addresses', () => {
  it('names no skill from a URL, an e-mail address or an @handle', () => {
    expect(withoutLinks('Portfolio: https://github.com/dwhit/kotlin-playground')).not.toMatch(/kotlin/);
    const skills = skillsOf(
      experienced('## Links\nhttps://dwhit.dev/blog/rust-notes | github.com/dwhit/elixir-sandbox | dana@scala-users.org | @kafka_fan'),
    );
    for (const id of ['rust', 'elixir', 'scala', 'kafka']) expect(skills).not.toContain(id);
  });

  it('still reads the skills on a line that also carries a link', () => {
    expect(skillsOf(experienced('## Projects\n- Ledger sync in Go and Redis (github.com/dwhit/ledger)'))).toEqual(
      expect.arrayContaining(['go', 'redis']),
    );
  });
});

describe('interests', () => {
  it('an interests section or line, or a wish to learn, is not a skill', () => {
    const skills = skillsOf(
      experienced(`## Interests
Go (the board game), Rust Belt cycling, Swift boats

## Other
Hobbies: photography with Lightroom, Excel modelling of football leagues
Currently learning Haskell and Elixir`),
    );
    for (const id of ['go', 'rust', 'swift', 'excel', 'haskell', 'elixir']) expect(skills).not.toContain(id);
  });
});

describe('the employer and its product', () => {
  it("a sentence about the employer or its product is not the person's skill", () => {
    const skills = skillsOf(`Lee Park

## Experience
Support Lead, Cargonet (2018 – Present)
- The company's tracking platform runs on Kafka and Cassandra. I led a team of six support agents.
- Cargonet is a logistics marketplace built on Kubernetes. Answered 60 tickets a day.`);
    expect(skills).not.toContain('kafka');
    expect(skills).not.toContain('cassandra');
    expect(skills).not.toContain('kubernetes');
  });

  it('a portal description that opens with the company, or calls it "a leading …", describes the company', () => {
    const skills = skillsOf(
      'Company Details\ncompany - Quanta\ndescription - Quanta is an analytics firm running Hadoop clusters. Built churn models in Python.\ncompany - Orbis\ndescription - Orbis, which is a leading Salesforce partner, hired me to write reports in Excel.',
    );
    expect(skills).toContain('python');
    expect(skills).not.toContain('hadoop');
    expect(skills).not.toContain('salesforce');
  });

  it('an employer named after "at" is not the tool of the same name', () => {
    const skills = skillsOf('Ben Ortiz\nFormer Director of Developer Relations at GitHub, lawyer and speaker.');
    expect(skills).not.toContain('git');
    expect(skillsOf('Ben Ortiz\nSkilled at GitHub, Docker and CI pipelines.')).toContain('git');
  });

  it('a portal role header\'s company is not a skill ("company - Swift Logistics")', () => {
    const skills = skillsOf(
      'Company Details\ncompany - Swift Logistics\ndescription - Ran the night shift of a cross-dock warehouse.\ncompany - Ruby Textiles\ndescription - Stores supervisor.',
    );
    expect(skills).not.toContain('swift');
    expect(skills).not.toContain('ruby');
  });
});

describe('single ambiguous words', () => {
  it('"(Go Sooners!)", "Spring 2014", "Cisco IOS" and letter-spaced headings are not skills', () => {
    const skills = skillsOf(`Kim Reyes
Kim grew up in Norman. (Go Sooners and Cardinals!)
Dean's List, Fall 2013 – Spring 2014
S U M M A R Y
Network engineer: configured Cisco IOS routers and firewalls.
E X P E R I E N C E`);
    for (const id of ['go', 'spring', 'ios', 'r', 'c']) expect(skills).not.toContain(id);
  });

  it('keeps the same names where they are the technology', () => {
    const skills = skillsOf(experienced('## Tools\nGo, Spring Boot, Spring, R, C, iOS (Swift)'));
    expect(skills).toEqual(expect.arrayContaining(['go', 'spring', 'r', 'c', 'ios', 'swift']));
  });
});

describe('recall kept: shared words and other spellings', () => {
  it('"unit and integration testing" names both; "product and project management" both', () => {
    const skills = skillsOf(
      experienced('## Practices\n- Robust unit and integration testing\n- Product and project management for two teams'),
    );
    expect(skills).toEqual(expect.arrayContaining(['unit-testing', 'integration-testing', 'product-management', 'project-management']));
  });

  it('"clean architecture and scalable design" does not spell a skill of its own', () => {
    expect(skillsOf('Ada Lin\nA focus on clean architecture and scalable design.')).not.toContain('system-design');
  });

  it('"A/B tested", "AB test" and "globalization" are the skills they name', () => {
    const skills = skillsOf(experienced('## Highlights\n- A/B tested the checkout page\n- Led globalization to 40 languages'));
    expect(skills).toEqual(expect.arrayContaining(['ab-testing', 'i18n']));
  });
});

describe('business functions a data person works on', () => {
  it('reads "their sales behaviours" or "HR analytics" as a domain, not the skill (a real line, cv-049)', () => {
    const dataPerson = parseCv(
      'Data Engineer\n\nExperience\nData Engineer, Acme — 2019 – Present\n- Group different products based on their sales behaviours and propose forecasting approaches.\n- Built HR analytics dashboards from SAP data.',
      loadTaxonomy(),
      new Date('2025-07-15T12:00:00Z'),
    );
    expect(dataPerson.skills.has('sales')).toBe(false);
    const seller = parseCv(
      'Account Executive\n\nExperience\nAccount Executive, Acme — 2019 – Present\n- B2B SaaS sales and account management; closed 40 deals a year.',
      loadTaxonomy(),
      new Date('2025-07-15T12:00:00Z'),
    );
    expect(seller.skills.has('sales')).toBe(true);
  });
});
