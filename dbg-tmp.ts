import { readFileSync } from 'node:fs';
import { extractFile } from './src/core/profile/intake.ts';
import { makePdf } from './tests/helpers/files.ts';
const jd = readFileSync('tests/fixtures/pairs/backend-payments/jd.md', 'utf8');
const r = await extractFile({ name: 'job.pdf', bytes: makePdf(jd.split('\n').filter(Boolean).slice(0, 30)) }, 'jd');
if (r.ok) console.log(r.value.text.slice(0, 300));
