import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiErrorBody } from '../../shared/errors.ts';

/** An error the client may see: status, snake_case code, human message (docs/sync-protocol.md conventions). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, details?: unknown) =>
  new ApiError(400, 'invalid_request', message, details);
export const forbidden = (message = 'You may not do this.') =>
  new ApiError(403, 'forbidden', message);
export const notFound = (message = 'Not found.') => new ApiError(404, 'not_found', message);
export const unauthenticated = (message = 'Sign in first.') =>
  new ApiError(401, 'unauthenticated', message);

export function errorBody(code: string, message: string, details?: unknown): ApiErrorBody {
  return details === undefined
    ? { error: { code, message } }
    : { error: { code, message, details } };
}

/** Maps every failure to the contract's error body; a 5xx never carries a stack trace or SQL. */
export function installErrorHandling(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError | ApiError, request, reply) => {
    if (err instanceof ApiError) {
      return reply.status(err.status).send(errorBody(err.code, err.message, err.details));
    }
    const fe = err as FastifyError;
    if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || fe.statusCode === 413) {
      return reply
        .status(413)
        .send(errorBody('payload_too_large', 'The request body is too large.'));
    }
    if (fe.validation) {
      return reply.status(400).send(errorBody('invalid_request', fe.message));
    }
    if (
      fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' ||
      fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ||
      fe.code === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH' ||
      fe.name === 'SyntaxError' ||
      (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500 && fe.statusCode !== 429)
    ) {
      const message =
        fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'Send the body as application/json.'
          : 'The request body is not valid JSON.';
      return reply.status(400).send(errorBody('invalid_request', message));
    }
    if (fe.statusCode === 429) {
      return reply
        .status(429)
        .send(errorBody('rate_limited', 'Too many requests. Try again later.'));
    }
    request.log.error({ err }, 'unhandled error');
    const unavailable = isDbDown(err);
    return reply
      .status(unavailable ? 503 : 500)
      .send(
        errorBody(
          unavailable ? 'unavailable' : 'internal',
          unavailable
            ? 'The database is not answering. Try again soon.'
            : 'Something went wrong on the server.',
        ),
      );
  });
}

function isDbDown(err: unknown): boolean {
  const code = (err as { code?: string }).code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001'].includes(code);
}
