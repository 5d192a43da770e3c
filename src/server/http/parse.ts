import type * as z from 'zod/mini';
import { badRequest } from './errors.ts';

/** Parses a body, query or params with a shared schema; any failure is 400 invalid_request (never 500). */
export function parse<S extends z.ZodMiniType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) {
    const details = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    throw badRequest(
      `Invalid input: ${details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ')}`,
      details,
    );
  }
  return r.data as z.infer<S>;
}
