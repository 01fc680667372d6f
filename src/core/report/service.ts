import type { Store } from '../../store/index.ts';
import type { ReportRow } from '../../store/reports.ts';
import type { UserRow } from '../../store/users.ts';
import { fail, ok, type Result } from '../errors.ts';
import { buildOfflineReport } from './build.ts';
import { type Report, ReportSchema } from './schema.ts';

export interface GeneratedReport {
  id: number;
  report: Report;
}

/** Builds reports from what a user has on file, stores them, and reads them back. */
export class ReportService {
  readonly #store: Store;
  readonly #now: () => Date;
  constructor(store: Store, now: () => Date) {
    this.#store = store;
    this.#now = now;
  }

  async generate(
    user: UserRow,
    opts: { interviewDate?: string; onProgress?: (done: number, total: number, label: string) => Promise<void> } = {},
  ): Promise<Result<GeneratedReport>> {
    const [cv, jd, panel] = await Promise.all([
      this.#store.documents.current(user.id, 'cv'),
      this.#store.documents.current(user.id, 'jd'),
      this.#store.documents.current(user.id, 'panel'),
    ]);
    if (!cv && !jd)
      return fail(
        'missing_cv',
        'I need your CV and the job description first. Add them with /prep cv and /prep jd, then run /prep report again.',
      );
    if (!cv) return fail('missing_cv', 'I have the job description but not your CV. Add it with /prep cv, then run /prep report again.');
    if (!jd) return fail('missing_jd', 'I have your CV but not the job description. Add it with /prep jd, then run /prep report again.');
    await opts.onProgress?.(1, 3, 'Reading your CV and the job description');
    const { report } = buildOfflineReport({
      cv: cv.text,
      jd: jd.text,
      panel: panel?.text,
      interviewDate: opts.interviewDate,
      now: this.#now(),
    });
    await opts.onProgress?.(2, 3, 'Ranking questions and writing the plan');
    const row = await this.#store.reports.add(user.id, {
      engine: report.meta.engine,
      fitScore: report.fitScore.score,
      questionCount: report.questions.length,
      durationMs: report.meta.durationMs,
      cvVersion: cv.version,
      jdVersion: jd.version,
      panelVersion: panel?.version ?? null,
      interviewDate: opts.interviewDate ?? null,
      json: JSON.stringify(report),
      createdAt: this.#now(),
    });
    await opts.onProgress?.(3, 3, 'Done');
    return ok({ id: row.id, report });
  }

  list(user: UserRow, limit = 5): Promise<ReportRow[]> {
    return this.#store.reports.list(user.id, limit);
  }

  /** An unguessable link to one report's page, valid for `days`. */
  link(user: UserRow, reportId: number, days = 14): Promise<string> {
    return this.#store.reportLinks.create(user.id, reportId, new Date(this.#now().getTime() + days * 86_400_000));
  }

  /** The report a link points to, while it has not expired. */
  async byLink(token: string): Promise<Report | undefined> {
    const target = await this.#store.reportLinks.resolve(token, this.#now());
    if (!target) return undefined;
    const found = await this.#store.reports.json(target.userId, target.reportId);
    return found ? ReportSchema.parse(JSON.parse(found.json)) : undefined;
  }

  async get(user: UserRow, id?: number): Promise<GeneratedReport | undefined> {
    const found = await this.#store.reports.json(user.id, id);
    return found ? { id: found.row.id, report: ReportSchema.parse(JSON.parse(found.json)) } : undefined;
  }
}
