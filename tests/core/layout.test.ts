// PDF text layers rebuilt into paragraphs and list items (src/core/profile/layout.ts).
import { describe, expect, it } from 'vitest';
import { layoutPages, type PlacedText } from '../../src/core/profile/layout.ts';

/** One run per line, 11 pt, 14 pt apart: the shape of a list printed from a browser to an A4 PDF. */
function page(lines: { x: number; text: string; end: number }[]): { items: PlacedText[]; width: number } {
  return {
    width: 595,
    items: lines.map((l, i) => ({ str: l.text, x: l.x, y: 780 - i * 14, width: l.end - l.x, size: 11 })),
  };
}

describe('PDF layout: wrapped lines', () => {
  it('joins a list item wrapped before a word of wide letters ("from 6" / "minutes to under 20 seconds.")', () => {
    // Measured on Chromium 156's PDF of a fixture CV: the renderer broke before "minutes", whose width the line's
    // average character underestimates.
    const text = layoutPages([
      page([
        { x: 72, text: '• Migrated 14 services from hand-managed EC2 instances to Docker containers on AWS ECS with', end: 539.96 },
        { x: 86.25, text: 'Fargate, shrinking deploy time from 25 minutes to 7 minutes.', end: 390 },
        { x: 72, text: '• Reduced p99 latency of the public tracking API from 850 ms to 210 ms by removing N+1 queries,', end: 538.9 },
        { x: 86.25, text: 'adding covering indexes and caching hot lookups in Redis.', end: 380 },
        { x: 72, text: '• Led the move of the shipment-events pipeline from a polling cron job to Kafka', end: 516.26 },
        { x: 86.25, text: 'consumers written in TypeScript, cutting end-to-end status latency from 6', end: 493.34 },
        { x: 86.25, text: 'minutes to under 20 seconds.', end: 250.36 },
        { x: 72, text: '• Partitioned a 1.2 TB PostgreSQL events table by month, which cut nightly vacuum time by 65% and', end: 539.2 },
        { x: 86.25, text: 'let us retire one read replica.', end: 260 },
      ]),
    ]);
    expect(text).toContain('latency from 6 minutes to under 20 seconds.');
    expect(text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(4);
  });

  it('keeps a short line the writer ended apart from the next one', () => {
    const text = layoutPages([
      page([
        { x: 72, text: 'Skills', end: 110 },
        { x: 72, text: 'TypeScript, Go, PostgreSQL, Kafka, Redis, Docker, AWS ECS, Terraform and Grafana dashboards', end: 539.5 },
        { x: 72, text: 'for the services the team runs, with alerts and runbooks written for every on-call rotation', end: 538.8 },
        { x: 72, text: 'and a shared library of incident reviews kept next to the code', end: 400 },
        { x: 72, text: 'Languages', end: 130 },
        { x: 72, text: 'English, Swedish', end: 160 },
      ]),
    ]);
    expect(text.split('\n')).toContain('Skills');
    expect(text.split('\n')).toContain('Languages');
  });
});
