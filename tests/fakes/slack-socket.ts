import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

/**
 * A fake of Slack's Socket Mode endpoint on loopback: greets with `hello`, pushes envelopes,
 * and records the acknowledgements the app sends back.
 */
export class FakeSocketMode {
  readonly acks: { envelope_id: string; payload?: unknown }[] = [];
  #wss: WebSocketServer;
  #socket: WebSocket | undefined;
  #connected: Promise<void>;
  url = '';

  constructor() {
    this.#wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    let resolve!: () => void;
    this.#connected = new Promise((r) => {
      resolve = r;
    });
    this.#wss.on('connection', (ws) => {
      this.#socket = ws;
      ws.on('message', (data) => {
        const msg = JSON.parse(String(data)) as { envelope_id?: string; payload?: unknown };
        if (msg.envelope_id) this.acks.push({ envelope_id: msg.envelope_id, payload: msg.payload });
      });
      ws.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 3600 },
          connection_info: { app_id: 'A1' },
        }),
      );
      resolve();
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((r) => (this.#wss.address() ? r() : this.#wss.once('listening', () => r())));
    this.url = `ws://127.0.0.1:${(this.#wss.address() as AddressInfo).port}/link`;
    return this;
  }

  connected(): Promise<void> {
    return this.#connected;
  }

  /** Pushes an envelope (slash_commands, events_api, interactive) as Slack does. */
  send(envelopeId: string, type: string, payload: unknown): void {
    this.#socket?.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api' }));
  }

  async waitForAck(envelopeId: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.acks.some((a) => a.envelope_id === envelopeId)) {
      if (Date.now() > deadline) throw new Error(`no ack for ${envelopeId}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  async stop(): Promise<void> {
    for (const c of this.#wss.clients) c.terminate();
    await new Promise<void>((r) => this.#wss.close(() => r()));
  }
}
