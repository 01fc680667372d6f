/**
 * The one list of expected failures. Core functions return them as values (`Result`) with the
 * facts a message needs (`params`); the words a person reads, with each platform's command
 * syntax, are chosen in one place: src/chat/errors.ts. Bugs are thrown, never returned.
 */
export const ERROR_CODES = [
  'unknown_command',
  'bad_arguments',
  'not_allowed',
  'file_too_large',
  'file_not_found',
  'unsupported_file_type',
  'file_corrupt',
  'file_encrypted',
  'file_too_complex',
  'file_misnamed',
  'too_many_pages',
  'intake_busy',
  'not_a_file',
  'file_unreadable',
  'bad_date',
  'pdf_no_text',
  'text_too_long',
  'text_too_short',
  'missing_documents',
  'missing_cv',
  'missing_jd',
  'no_questions',
  'question_too_short',
  'reference_too_short',
  'reference_without_points',
  'duplicate_question',
  'bad_time',
  'bad_time_zone',
  'unknown_track',
  'unknown_difficulty',
  'custom_pool_empty',
  'no_drops',
  'which_drop',
  'drops_from_server',
  'drop_of_another_server',
  'drop_without_questions',
  'nothing_pending',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number | undefined>;

/** An expected failure: a code for the program, and the facts its message needs. */
export interface AppError {
  code: ErrorCode;
  params: ErrorParams;
}

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, params: ErrorParams = {}): Result<never> => ({ ok: false, error: { code, params } });
