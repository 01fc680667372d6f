import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * Structured logs on stderr (stdout belongs to the terminal chat). JSON unless stderr is a TTY.
 * Personal text never goes in a log: callers log ids and sizes, and these keys are redacted
 * in case one slips through.
 */
export function createLogger(level = 'info'): Logger {
  const pretty = process.stderr.isTTY;
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['text', 'answer', 'cv', 'jd', 'notes', 'body', 'token', '*.text', '*.answer', '*.token', 'headers.authorization'],
        censor: '[redacted]',
      },
      ...(pretty ? { timestamp: false, formatters: { level: (label: string) => ({ level: label }) } } : {}),
    },
    pretty ? prettyStream() : pino.destination({ fd: 2, sync: true }),
  );
}

/** A tiny human format for a terminal: "warn  message {k=v}". */
function prettyStream() {
  return {
    write(line: string) {
      try {
        const { level, msg, ...rest } = JSON.parse(line) as Record<string, unknown>;
        const extra = Object.entries(rest)
          .map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
          .join(' ');
        process.stderr.write(`${String(level).padEnd(5)} ${String(msg ?? '')}${extra ? ` ${extra}` : ''}\n`);
      } catch {
        process.stderr.write(line);
      }
    },
  };
}

/** A logger that drops everything (tests, CLI one-shots). */
export const silentLogger: Logger = pino({ level: 'silent' });
