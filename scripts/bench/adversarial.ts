// Adversarial answers, one set per bank category plus a concept question, each beside a real
// mediocre answer. A fair grader puts every attack below the mediocre answer, padding does not
// raise it, and a short correct answer lands above every attack. Used by the bench and the tests.
import { loadBank } from '../../src/core/bank/load.ts';
import type { GradableQuestion } from '../../src/core/practice/grade-schema.ts';
import { gradeAnswer } from '../../src/core/practice/grader.ts';
import { rubricFromReference } from '../../src/core/practice/rubric.ts';
import { loadTaxonomy } from '../../src/core/skills/taxonomy.ts';

export interface AdversarialSet {
  name: string;
  question: GradableQuestion;
  mediocre: string;
  stuffed: string;
  wrong: string;
  offTopic: string;
  shortCorrect: string;
}

const PADDING =
  ' To be honest this is a really interesting question and I think about it a lot in my day to day work. There are many ways to look at it, and every team does it a little differently, which is fine. Ultimately it is all about doing good work and communicating well with everyone involved, and keeping things simple where possible.';

const OFF_TOPIC =
  'I am passionate about building great products with great people. In my last role I mentored two interns, organised our reading group and helped the design team run user interviews, which taught me how much clear writing matters. I would bring that same energy and curiosity to this team from the first day.';

export function adversarialSets(): AdversarialSet[] {
  const bank = loadBank(loadTaxonomy());
  const q = (id: string) => {
    const found = bank.byId.get(id);
    if (!found) throw new Error(`bank question ${id} missing`);
    return found;
  };
  return [
    {
      name: 'coding',
      question: q('be-code-token-bucket-limiter'),
      mediocre:
        'I would keep a map from client id to a bucket with a token count. Every request takes a token, and a timer adds tokens back every second up to the burst size. If there are no tokens left the request is rejected with an error.',
      stuffed:
        'token bucket, lazy refill, elapsed time, capacity, burst size, per-client map, hash map, atomic, lock, mutex, compare-and-swap, O(1), constant time, evict idle buckets, TTL, memory',
      wrong:
        'I would not bother with a bucket per client: one global counter shared by all clients is simpler and fair enough. There is no need for locks or anything atomic, because a race condition here is harmless, and I would never evict anything since memory is cheap. Refill is not computed from elapsed time; instead a background thread resets the counter every minute, which keeps the design clean and easy to explain to the team.',
      offTopic: OFF_TOPIC,
      shortCorrect:
        'A map of per-client buckets; on each request refill lazily from the elapsed time, cap at the capacity, and take a token with an atomic check-and-decrement under a lock. Each call is O(1), and idle buckets are evicted.',
    },
    {
      name: 'behavioural',
      question: q('gen-beh-disagree-with-manager'),
      mediocre:
        'Once my manager decided we would rewrite our reporting service in a new framework. I did not agree because it seemed risky. I told him I thought it was a bad idea, but he kept the decision, so we did the rewrite and it took longer than planned. It worked out in the end.',
      stuffed:
        'raised it privately, one-on-one, flagged early, data showed, proposed an alternative, risks, pros and cons, disagree and commit, supported the decision, context, constraints, bigger picture, outcome, I learned',
      wrong:
        'My manager chose to launch the new billing flow without a beta, and I thought that was a mistake. I did not raise it with him privately, and I never brought any data or an alternative: instead of talking to him I complained to the team in our channel. I refused to commit to the decision and kept working on my own version, and I did not try to learn the constraints he was under. Looking back, it went fine for me.',
      offTopic: OFF_TOPIC,
      shortCorrect:
        'I raised it with my manager privately the same day, showed data on the risk and proposed an alternative; he kept his decision, so I committed to it fully. It turned out he had constraints I lacked, and I learned to ask for the context first.',
    },
    {
      name: 'system-design',
      question: q('be-sd-url-shortener'),
      mediocre:
        'I would have an API that takes a long URL and returns a short code, and stores the pair in a database. When someone opens the short link the service looks up the code and redirects them. If it gets slow we can put a cache in front of the database and add more servers behind a load balancer.',
      stuffed:
        'back of envelope, QPS, storage estimate, base62, counter, unique id, key ranges, cache, CDN, Redis, read replicas, 301, 302, key-value store, sharding, partition by key, NoSQL, abuse, async analytics',
      wrong:
        'I would not estimate traffic or storage up front, since numbers change anyway. Codes are random six-letter strings without any collision check, and there is no cache: every redirect goes straight to one relational database, which is not partitioned. The choice between 301 and 302 does not matter, so I would not think about it. Analytics are written synchronously on the redirect path, which keeps things consistent.',
      offTopic: OFF_TOPIC,
      shortCorrect:
        'About 115 writes and 11,500 redirects per second, so a cache in front of a key-value store sharded by code; codes come from a counter in base62 with key ranges per server, so they never collide; 302 redirects if we need analytics, written asynchronously.',
    },
    {
      name: 'technical',
      question: q('be-tech-slow-orders-query-index'),
      mediocre:
        'I would look at the query and probably add an index on customer_id so the database can find the rows faster. Maybe also check whether the server needs more memory. After that I would run the query again to see if it is faster.',
      stuffed:
        'EXPLAIN ANALYZE, query plan, composite index, customer_id, created_at, multi-column index, index order, top-N, covering index, index-only scan, statistics, vacuum, CREATE INDEX CONCURRENTLY, write overhead',
      wrong:
        'I would not look at the query plan, since EXPLAIN ANALYZE rarely tells you anything useful. Instead of a composite index I would add separate single-column indexes, and the index order does not matter for the sort. There is no need to worry about statistics or bloat, and I would build the index without CONCURRENTLY, because locking the table for an hour is fine. Another index never costs anything on writes.',
      offTopic: OFF_TOPIC,
      shortCorrect:
        'Run EXPLAIN ANALYZE to read the plan, then add a composite index on (customer_id, created_at DESC) so the index order removes the sort and the top 10 come straight off it; build it with CREATE INDEX CONCURRENTLY so writes are not blocked.',
    },
    {
      name: 'concept question (instructor reference)',
      question: {
        text: 'Why does a hash table give constant-time lookups on average?',
        category: 'technical',
        rubric: rubricFromReference(
          'The hash function maps a key directly to a bucket index, so a lookup computes the index and checks only that bucket. With a good hash function and a low load factor each bucket holds few entries on average.',
        ),
      },
      mediocre: 'Because it uses a hash function to find where the key is stored instead of searching through everything.',
      stuffed: 'hash function, key, bucket, index, lookup, load factor, entries, average, constant time, collisions, array, resize',
      wrong:
        'A hash table does not use the key to compute a bucket index; it keeps entries in sorted order and binary searches them, and the load factor never matters for the speed of a lookup.',
      offTopic: OFF_TOPIC,
      shortCorrect: 'The hash of the key gives the bucket index directly, and with a low load factor each bucket holds only a few entries.',
    },
  ];
}

export interface AdversarialCheck {
  set: string;
  check: string;
  pass: boolean;
  detail: string;
}

/** Every check of every set, with the scores behind it. */
export function adversarialChecks(): AdversarialCheck[] {
  const out: AdversarialCheck[] = [];
  for (const s of adversarialSets()) {
    const g = (a: string) => gradeAnswer(s.question, a).score;
    const mediocre = g(s.mediocre);
    const attacks = {
      'keyword-stuffed': g(s.stuffed),
      'eloquent but wrong': g(s.wrong),
      'question pasted back': g(s.question.text),
      'off-topic but fluent': g(s.offTopic),
    };
    for (const [name, score] of Object.entries(attacks))
      out.push({ set: s.name, check: `${name} < mediocre`, pass: score < mediocre, detail: `${score} vs ${mediocre}` });
    const padded = g(s.mediocre + PADDING);
    out.push({
      set: s.name,
      check: 'padding does not raise the mediocre answer',
      pass: padded <= mediocre + 3,
      detail: `${padded} vs ${mediocre}`,
    });
    const short = g(s.shortCorrect);
    const top = Math.max(...Object.values(attacks));
    out.push({ set: s.name, check: 'short correct > every attack', pass: short > top, detail: `${short} vs ${top}` });
    out.push({ set: s.name, check: 'short correct >= mediocre', pass: short >= mediocre, detail: `${short} vs ${mediocre}` });
  }
  return out;
}

export function adversarialPassRate(): { rate: number; total: number; failed: AdversarialCheck[] } {
  const checks = adversarialChecks();
  const failed = checks.filter((c) => !c.pass);
  return { rate: (checks.length - failed.length) / checks.length, total: checks.length, failed };
}
