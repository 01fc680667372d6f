import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { AppError, Result } from '../errors.ts';
import { type ExtractLimits, type RawText, tooComplex } from './extract.ts';

/** How far one extraction may go before it is stopped. The defaults suit CVs and job descriptions. */
export interface SandboxLimits extends ExtractLimits {
  /** Wall-clock budget for one file, spawn included. */
  timeoutMs: number;
  /** Resident memory of the child (heap, inflated buffers, WASM, everything), polled by the parent. */
  maxRssBytes: number;
  /** V8 old-space cap for the child, in MB: past it V8 aborts the child, not us. */
  heapMb: number;
}

export const DEFAULT_SANDBOX_LIMITS: Omit<SandboxLimits, 'maxChars'> = {
  maxPdfPages: 50,
  maxXmlBytes: 16 * 1024 * 1024,
  timeoutMs: 15_000,
  maxRssBytes: 384 * 1024 * 1024,
  heapMb: 192,
};

const CHILD = new URL('./extract-child.ts', import.meta.url);
/** Two cores here: more parallel extractions would only slow each other and everyone's acks. */
const MAX_PARALLEL = 2;
/** Past this many files waiting, a new one is turned away at once rather than queued without end. */
const MAX_WAITING = 16;
const WATCH_MS = 50;
const PAGE = 4096;

let running = 0;
const waiting: (() => void)[] = [];

async function slot(): Promise<() => void> {
  if (running >= MAX_PARALLEL) await new Promise<void>((r) => waiting.push(r));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/**
 * Extracts a file's raw text in a child process, so nothing a file does — a zip or Flate bomb,
 * a PDF of a million pages, a parser stuck in a loop — can block this event loop or take this
 * process's memory. The child is killed at the first of: the time budget, the RSS cap; V8's
 * heap cap aborts it by itself. Every way it can end becomes a Result with a message.
 */
export async function extractInChild(name: string, ext: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Result<RawText>> {
  if (running >= MAX_PARALLEL && waiting.length >= MAX_WAITING) return { ok: false, error: { code: 'intake_busy', params: { name } } };
  const release = await slot();
  try {
    return await runChild(name, ext, bytes, limits);
  } finally {
    release();
  }
}

function runChild(name: string, ext: string, bytes: Uint8Array, limits: SandboxLimits): Promise<Result<RawText>> {
  return new Promise((resolve) => {
    const child = fork(CHILD, [], {
      execArgv: [`--max-old-space-size=${limits.heapMb}`, '--max-semi-space-size=4', '--disable-warning=ExperimentalWarning'],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env: { NODE_ENV: process.env.NODE_ENV ?? 'production' },
    });
    let settled = false;
    let stopped: AppError | undefined;
    const finish = (r: Result<RawText>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(r);
    };
    const stop = (why: AppError) => {
      stopped = why;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(tooComplex(name, 'time')), limits.timeoutMs);
    const statm = `/proc/${child.pid}/statm`;
    let polling = false;
    const watch = setInterval(async () => {
      if (polling) return;
      polling = true;
      const rss = await readFile(statm, 'utf8').then(
        (s) => Number(s.split(' ')[1]) * PAGE,
        () => 0,
      );
      polling = false;
      if (rss > limits.maxRssBytes) stop(tooComplex(name, 'memory'));
    }, WATCH_MS);
    child.on('message', (m) => finish(m as Result<RawText>));
    child.on('error', () => finish({ ok: false, error: crashed(name, ext) }));
    // 'close' comes after the IPC channel has delivered everything, unlike 'exit'.
    child.on('close', (code, signal) => {
      if (stopped) return finish({ ok: false, error: stopped });
      // V8 aborts (SIGABRT / 134) when the heap cap is hit: the file was too big to hold.
      if (signal === 'SIGABRT' || code === 134) return finish({ ok: false, error: tooComplex(name, 'memory') });
      finish({ ok: false, error: crashed(name, ext) });
    });
    child.send({
      name,
      ext,
      bytes,
      limits: { maxChars: limits.maxChars, maxPdfPages: limits.maxPdfPages, maxXmlBytes: limits.maxXmlBytes },
    });
  });
}

function crashed(name: string, ext: string): AppError {
  return { code: 'file_corrupt', params: { name, as: ext === 'pdf' || ext === 'docx' ? ext : 'text' } };
}
