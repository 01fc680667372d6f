import { describe, expect, it } from 'vitest';
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
