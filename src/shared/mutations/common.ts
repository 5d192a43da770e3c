import * as z from 'zod/mini';

export const id = z.uuid();
export const isoTime = z.iso.datetime({ offset: true });
export const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
export const score = z.int().check(z.minimum(1), z.maximum(5));
