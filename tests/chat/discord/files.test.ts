import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachmentHosts, downloadAttachment } from '../../../src/chat/discord/files.ts';

describe('Discord attachment downloads', () => {
  let server: Server;
  let base: string;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits++;
      if (req.url === '/redirect') {
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data' });
        res.end();
        return;
      }
      res.end(req.url === '/big' ? Buffer.alloc(6 * 1024 * 1024, 65) : 'Ana Silva\nBackend engineer since 2019');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it("fetches only from Discord's CDN, or the REST override's host in tests", async () => {
    expect(attachmentHosts(undefined)).toEqual(['cdn.discordapp.com', 'media.discordapp.net']);
    const hosts = attachmentHosts(`${base}/api`);
    const ok = await downloadAttachment({ name: 'cv.txt', url: `${base}/cv.txt`, size: 40 }, hosts);
    expect('bytes' in ok && Buffer.from(ok.bytes).toString()).toContain('Ana Silva');
    const before = hits;
    const elsewhere = await downloadAttachment({ name: 'cv.txt', url: 'http://10.0.0.1/cv.txt', size: 40 }, hosts);
    expect('error' in elsewhere && elsewhere.error).toContain('not on Discord’s file server');
    const cdnOnly = await downloadAttachment({ name: 'cv.txt', url: `${base}/cv.txt`, size: 40 }, attachmentHosts(undefined));
    expect('error' in cdnOnly).toBe(true);
    expect(hits).toBe(before);
  });

  it('follows no redirect and stops reading past 5 MB whatever the size said', async () => {
    const hosts = attachmentHosts(`${base}/api`);
    const redirected = await downloadAttachment({ name: 'cv.pdf', url: `${base}/redirect`, size: 40 }, hosts);
    expect('error' in redirected).toBe(true);
    const lying = await downloadAttachment({ name: 'cv.pdf', url: `${base}/big`, size: 100 }, hosts);
    expect('error' in lying && lying.error).toContain('over 5 MB');
  });
});
