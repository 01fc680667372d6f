// The child process that extracts one uploaded file's text (see sandbox.ts): it gets
// { name, ext, bytes, limits } over IPC, answers with a Result, and exits.
import { type ExtractLimits, extractRaw } from './extract.ts';

interface Job {
  name: string;
  ext: string;
  bytes: Uint8Array;
  limits: ExtractLimits;
}

process.once('message', async (job: Job) => {
  try {
    const result = await extractRaw(job.name, job.ext, job.bytes, job.limits);
    process.send?.(result, () => process.exit(0));
  } catch {
    process.exit(3);
  }
});

// The parent went away (crashed or killed): nobody is waiting for this file any more.
process.once('disconnect', () => process.exit(0));
