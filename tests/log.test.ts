import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { Router } from '../src/chat/router.ts';
import type { Services } from '../src/core/services.ts';
import { freshApp } from './helpers/db.ts';

describe('logs', () => {
  it('never contain document or answer text, even when a request fails', async () => {
    const app = await freshApp();
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _enc, cb) {
        lines.push(String(chunk));
        cb();
      },
    });
    const log = pino({ level: 'trace' }, sink);
    // A store whose write fails after the text was accepted: the error path must not log the text.
    const conversation = app.services.conversation;
    const broken: Services = {
      ...app.services,
      conversation: Object.assign(Object.create(Object.getPrototypeOf(conversation)), conversation, {
        saveDocument: async () => {
          throw new Error('disk full');
        },
      }),
    };
    const router = new Router(broken, log);
    const secret = 'Zanele Moyo, 14 Acacia Road — led the Orbitex migration';
    const out = await router.command({
      who: { platform: 'shell', workspace: 'w', user: 'u' },
      text: `cv ${secret} ${'with details '.repeat(10)}`,
    });
    const shown = JSON.stringify(out);
    expect(shown).toContain('Something went wrong on my side');
    expect(shown).toMatch(/reference [0-9a-f]{8}/);
    expect(shown).not.toContain('disk full');
    const logged = lines.join('');
    expect(logged).toContain('request failed');
    expect(logged).toContain('disk full');
    expect(logged).not.toContain('Zanele');
    expect(logged).not.toContain('Orbitex');
    await app.drop();
  });
});
