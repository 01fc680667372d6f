import { writeReportWithLlm } from '../../llm/report.ts';
import type { LlmService } from '../../llm/service.ts';
import type { Store } from '../../store/index.ts';
import type { ReportRow } from '../../store/reports.ts';
import type { UserRow } from '../../store/users.ts';
import { fail, ok, type Result } from '../errors.ts';
import { checkDate } from '../time.ts';
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
  readonly #llm: LlmService | undefined;
  constructor(store: Store, now: () => Date, llm?: LlmService) {
    this.#store = store;
    this.#now = now;
    this.#llm = llm;
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
    if (opts.interviewDate !== undefined) {
      // Checked before any work (and any LLM spend): every platform's date argument comes through here.
      const checked = checkDate(opts.interviewDate, this.#now(), user.timezone);
      if (!checked.ok) return fail('bad_arguments', checked.message);
    }
    const llm = this.#llm ? await this.#llm.available(user.workspaceId) : undefined;
    const total = 3 + (llm?.ok ? (panel?.text ? 7 : 6) : 0);
    await opts.onProgress?.(1, total, 'Reading your CV and the job description');
    let { report } = buildOfflineReport({
      cv: cv.text,
      jd: jd.text,
      panel: panel?.text,
      interviewDate: opts.interviewDate,
      now: this.#now(),
    });
    await opts.onProgress?.(2, total, 'Ranking questions and writing the plan');
    const metered: number[] = [];
    const service = this.#llm;
    if (service && llm?.ok) {
      const written = await writeReportWithLlm(
        service.engine,
        report,
        { cv: cv.text, jd: jd.text, panel: panel?.text },
        async (done, _n, label) => {
          await opts.onProgress?.(2 + done, total, `${label} written`);
        },
        // Metered as each call returns: if storing the report fails later, the spend still counts.
        async (call) => {
          metered.push(...(await service.record(user.workspaceId, user.id, null, [call])));
        },
      );
      report = written.report;
    } else if (llm && !llm.ok) {
      report.meta.notes.push(`Written offline: ${llm.reason}.`);
      report.meta.fallbacks.push({ section: 'all', reason: llm.reason });
    }
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
    if (service && metered.length) await service.linkToReport(metered, row.id);
    await opts.onProgress?.(total, total, 'Done');
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
