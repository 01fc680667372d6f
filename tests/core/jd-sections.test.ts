// Pay, remote share, travel and place: a line states them, a technical phrase that shares a word does not.
import { describe, expect, it } from 'vitest';
import { classifyHeading, logisticsIn } from '../../src/core/profile/jd-sections.ts';

describe('logistics lines', () => {
  it('reads remote, pay, travel and place where the ad states them', () => {
    expect(logisticsIn('This is a fully remote role; we are a distributed team across Europe.')).toContain('remote');
    expect(logisticsIn('The salary range is $120,000 – $150,000.')).toContain('pay');
    expect(logisticsIn('Compensation: 90k–110k plus equity.')).toContain('pay');
    expect(logisticsIn('Travel up to 20% to customer sites.')).toContain('travel');
    expect(logisticsIn('Hybrid: two days a week in our Lisbon office.')).toContain('remote');
  });

  it('does not take technical phrases for logistics (a real line: "debugging high performance distributed systems")', () => {
    expect(logisticsIn('Skilled at designing, building, testing and debugging high performance distributed systems.')).toEqual([]);
    expect(logisticsIn('Experience with distributed tracing and remote procedure calls (gRPC).')).toEqual([]);
    expect(logisticsIn('Our API handles 10k requests per second across a hybrid cloud.')).toEqual([]);
    expect(logisticsIn('You will build search for a travel booking platform.')).toEqual([]);
  });
});

describe('section headings real ads use', () => {
  it.each([
    ["You'll fit right in if", 'must'],
    ['You might be a good fit if', 'must'],
    ['Desired skills', 'nice'],
    ['Valorable', 'nice'],
    ['Soft skills', 'soft'],
    ['Personal qualities', 'soft'],
    ["What you'll be working on", 'resp'],
    ['Missions', 'resp'],
    ['Our mission', 'company'],
    ['The opportunity', 'role'],
    ['Why you’ll love working here', 'benefits'],
    ['Interview process', 'process'],
    // Batch 15 (Sovereign Cloud Stack): a project's own paragraphs, the duties under "As … you will", "Wir erwarten".
    ['About the project', 'company'],
    ['Über das Projekt', 'company'],
    ['As Site Reliability Engineer you will', 'resp'],
    ['Als Business Developer Cloud Computing wirst Du', 'resp'],
    ['Wir erwarten, dass Du', 'must'],
    // Batch 16 (AvanCarte): what the employer offers, announced as what you can look forward to.
    ['Wir freuen uns auf Sie, freuen Sie sich auf', 'benefits'],
    ['Worauf Sie sich freuen können', 'benefits'],
  ])('"%s" announces %s', (heading, part) => {
    expect(classifyHeading(heading)).toBe(part);
  });
});
