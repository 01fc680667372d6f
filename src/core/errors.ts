/**
 * The one list of expected failures. Core functions return them as values (`Result`); each
 * adapter maps a code to what its platform shows, in one place (src/chat/errors.ts).
 * Bugs are thrown, never returned.
 */
export const ERROR_CODES = [
  'unknown_command',
  'bad_arguments',
  'file_too_large',
  'text_too_long',
  'text_too_short',
  'unsupported_file_type',
  'pdf_no_text',
  'file_corrupt',
  'file_encrypted',
  'file_not_found',
  'missing_cv',
  'missing_jd',
  'not_found',
  'not_allowed',
  'nothing_pending',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An expected failure: a code for the program and a sentence for the person, saying what to do. */
export interface AppError {
  code: ErrorCode;
  message: string;
}

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } });
