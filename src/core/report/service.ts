import type { Store } from '../../store/index.ts';
import type { ReportRow } from '../../store/reports.ts';
import { fail, ok, type Result } from '../errors.ts';
import type { User } from '../identity.ts';
import { checkDate } from '../time.ts';
import type { LlmUsage } from '../usage.ts';
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
  readonly #llm: LlmUsage | undefined;
  constructor(store: Store, now: () => Date, llm?: LlmUsage) {
    this.#store = store;
    this.#now = now;
    this.#llm = llm;
  }

  async generate(
    user: User,
    opts: { interviewDate?: string; onProgress?: (done: number, total: number, label: string) => Promise<void> } = {},
  ): Promise<Result<GeneratedReport>> {
    const [cv, jd, panel] = await Promise.all([
      this.#store.documents.current(user.id, 'cv'),
      this.#store.documents.current(user.id, 'jd'),
      this.#store.documents.current(user.id, 'panel'),
    ]);
    if (!cv && !jd) return fail('missing_documents');
    if (!cv) return fail('missing_cv');
    if (!jd) return fail('missing_jd');
    if (opts.interviewDate !== undefined) {
      // Checked before any work (and any LLM spend): every platform's date argument comes through here.
      const checked = checkDate(opts.interviewDate, this.#now(), user.timezone);
      if (!checked.ok) return checked;
    }
    const llm = this.#llm ? await this.#llm.available(user.workspaceId) : undefined;
    let { report } = buildOfflineReport({
      cv: cv.text,
      jd: jd.text,
      panel: panel?.text,
      interviewDate: opts.interviewDate,
      now: this.#now(),
    });
    const docs = { cv: cv.text, jd: jd.text, panel: panel?.text };
    const total = 3 + (this.#llm && llm?.ok ? this.#llm.model.writer.calls(report) : 0);
    await opts.onProgress?.(1, total, 'Reading your CV and the job description');
    await opts.onProgress?.(2, total, 'Ranking questions and writing the plan');
    const meter = this.#llm?.meter(user.workspaceId, user.id);
    if (this.#llm && meter && llm?.ok) {
      report = await this.#llm.model.writer.write(report, docs, {
        onSection: async (done, _n, label) => {
          await opts.onProgress?.(2 + done, total, `${label} written`);
        },
        onCall: meter.onCall,
      });
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
    await meter?.link(row.id);
    await opts.onProgress?.(total, total, 'Done');
    return ok({ id: row.id, report });
  }

  list(user: User, limit = 5): Promise<ReportRow[]> {
    return this.#store.reports.list(user.id, limit);
  }

  /** An unguessable link to one report's page, valid for `days`. */
  link(user: User, reportId: number, days = 14): Promise<string> {
    return this.#store.reportLinks.create(user.id, reportId, new Date(this.#now().getTime() + days * 86_400_000));
  }

  /** The report a link points to, while it has not expired. */
  async byLink(token: string): Promise<Report | undefined> {
    const target = await this.#store.reportLinks.resolve(token, this.#now());
    if (!target) return undefined;
    const found = await this.#store.reports.json(target.userId, target.reportId);
    return found ? ReportSchema.parse(JSON.parse(found.json)) : undefined;
  }

  async get(user: User, id?: number): Promise<GeneratedReport | undefined> {
    const found = await this.#store.reports.json(user.id, id);
    return found ? { id: found.row.id, report: ReportSchema.parse(JSON.parse(found.json)) } : undefined;
  }
}
