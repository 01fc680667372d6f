// PGlite's own footprint, for the startup bench: opens the data dir the bot used, runs one
// query, rests, and prints its RSS. Nothing of the bot is loaded.
import { PGlite } from '@electric-sql/pglite';

const t = performance.now();
const db = await PGlite.create(process.argv[2]);
await db.query('SELECT 1');
const openMs = performance.now() - t;
await new Promise((r) => setTimeout(r, Number(process.argv[3] ?? 3000)));
process.stdout.write(`${JSON.stringify({ rssMb: process.memoryUsage().rss / 1048576, openMs })}\n`);
await db.close();
