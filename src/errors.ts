// Typed errors: each says what failed, where, and what to do; the CLI maps them to exit codes.

/** Base class of every error newsgraph throws on purpose. */
export class KgError extends Error {
  /** Machine-readable code, e.g. `input/not-found`. */
  readonly code: string;
  /** What the user can do about it. */
  readonly hint: string | undefined;

  constructor(code: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(options.hint ? `${message} — ${options.hint}` : message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }
}

/** A file or input could not be read or is not usable text. */
export class InputError extends KgError {
  /** The file the error is about. */
  readonly file: string;
  constructor(file: string, code: string, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(code, `${file}: ${message}`, options);
    this.file = file;
  }
}

/** Command-line usage error (bad flags, missing arguments). Exit code 2. */
export class UsageError extends KgError {
  constructor(message: string, options: { hint?: string } = {}) {
    super('usage', message, options);
  }
}

/** A graph file is missing, malformed or of an unknown schema version. */
export class GraphFormatError extends KgError {}

/** A store could not be reached or refused the credentials. */
export class StoreConnectionError extends KgError {}

/** A query failed: syntax error, unknown label, runtime error. */
export class QueryError extends KgError {
  /** Position in the query text, when the engine reports one. */
  readonly position: { line: number; column: number } | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown; position?: { line: number; column: number } } = {}) {
    super('query', message, options);
    this.position = options.position;
  }
}

/** Writing an output failed. */
export class OutputError extends KgError {}
