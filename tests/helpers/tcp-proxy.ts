import { createConnection, createServer, type Server, type Socket } from 'node:net';

/**
 * A loopback TCP proxy that can cut the line: `down()` destroys every open connection and
 * refuses new ones (as a database restart or a network partition looks to a client), `up()`
 * lets connections through again. Listens on 127.0.0.1 only.
 */
export class TcpProxy {
  readonly #target: { host: string; port: number };
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;
  #up = true;
  port = 0;
  /** Connections accepted while up, over the proxy's life. */
  accepted = 0;

  constructor(target: { host: string; port: number }) {
    this.#target = target;
  }

  async start(): Promise<this> {
    this.#server = createServer((client) => {
      if (!this.#up) {
        client.destroy();
        return;
      }
      this.accepted++;
      const upstream = createConnection(this.#target);
      for (const s of [client, upstream]) {
        this.#sockets.add(s);
        s.on('close', () => this.#sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(upstream);
      upstream.pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((r) => this.#server?.listen(0, '127.0.0.1', () => r()));
    this.port = (this.#server.address() as { port: number }).port;
    return this;
  }

  /** The URL of the target as seen through the proxy. */
  via(url: string): string {
    const u = new URL(url);
    u.hostname = '127.0.0.1';
    u.port = String(this.port);
    return u.toString();
  }

  down(): void {
    this.#up = false;
    for (const s of this.#sockets) s.destroy();
  }

  up(): void {
    this.#up = true;
  }

  async stop(): Promise<void> {
    this.down();
    await new Promise<void>((r) => (this.#server ? this.#server.close(() => r()) : r()));
  }
}
