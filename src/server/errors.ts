// Typed errors of the server side; the HTTP layer maps each to a status code in one place.
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ConfigError extends AppError {
  constructor(message: string, details?: unknown) {
    super("config_error", message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, details?: unknown) {
    super("not_found", message, details);
  }
}

export class BadRequestError extends AppError {
  constructor(message: string, details?: unknown) {
    super("bad_request", message, details);
  }
}

export class UnauthorizedError extends AppError {
  constructor(message: string, details?: unknown) {
    super("unauthorized", message, details);
  }
}

export class ForbiddenError extends AppError {
  constructor(message: string, details?: unknown) {
    super("forbidden", message, details);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string, details?: unknown) {
    super("neo4j_unavailable", message, details);
  }
}

export class CypherError extends AppError {
  constructor(message: string, details?: unknown) {
    super("cypher_error", message, details);
  }
}

/** Too much already running for this kind of request: 503 with a Retry-After, while other requests go on. */
export class BusyError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    details?: unknown,
  ) {
    super("busy", message, details);
  }
}

/** 410: the thing once existed and has ended (a live session whose teacher stopped). */
export class GoneError extends AppError {
  constructor(message: string) {
    super("live_ended", message);
  }
}
