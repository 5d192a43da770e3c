import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compileCheck } from '../../../src/shared/compile-check.ts';
import { recordSchemas } from '../../../src/shared/record-schemas.ts';
import { pullResponseEnvelope, RECORD_TYPES } from '../../../src/shared/protocol.ts';
import { wholeRecord } from './record-templates.ts';

/**
 * The app's record check (compiled from the shared schemas) must say yes exactly when zod does:
 * the same valid records pass, and every record broken in one place, or replaced by anything at
 * all, gets the same answer from both.
 */
type Path = (string | number)[];
function leafPaths(v: unknown, at: Path = []): Path[] {
  if (Array.isArray(v)) return [at, ...v.flatMap((x, i) => leafPaths(x, [...at, i]))];
  if (v && typeof v === 'object')
    return [at, ...Object.entries(v).flatMap(([k, x]) => leafPaths(x, [...at, k]))];
  return [at];
}
function setAt(v: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<
    string | number,
    unknown
  >;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}
const REPLACEMENTS: unknown[] = [
  undefined,
  null,
  0,
  -1.5,
  Number.NaN,
  'x',
  '',
  '2025-13-01T00:00:00Z',
  '2025-01-01T00:00:00.000Z',
  true,
  [],
  {},
  ['x'],
];

describe('compileCheck', () => {
  it.each(RECORD_TYPES)('agrees with zod on %s records broken in one place', (type) => {
    const schema = recordSchemas[type];
    const check = compileCheck(schema);
    const valid = wholeRecord(type, { id: '0195a000-0000-7000-8000-00000000000a' });
    expect(check(valid)).toBeNull();
    expect(z.safeParse(schema, valid).success).toBe(true);
    const disagreements: string[] = [];
    for (const path of leafPaths(valid)) {
      for (const r of REPLACEMENTS) {
        const broken = setAt(valid, path, r);
        const ours = check(broken) === null;
        if (ours !== z.safeParse(schema, broken).success)
          disagreements.push(`${path.join('.')} = ${JSON.stringify(r)}: compiled says ${ours}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('agrees with zod on arbitrary values, records and pull envelopes', () => {
    const checks = RECORD_TYPES.map(
      (t) => [recordSchemas[t], compileCheck(recordSchemas[t])] as const,
    );
    const envelope = compileCheck(pullResponseEnvelope);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        for (const [schema, check] of checks)
          expect(check(v) === null).toBe(z.safeParse(schema, v).success);
        expect(envelope(v) === null).toBe(z.safeParse(pullResponseEnvelope, v).success);
      }),
      { numRuns: 300 },
    );
  });

  it('says where the first problem is', () => {
    const check = compileCheck(recordSchemas.lesson);
    const lesson = wholeRecord('lesson', {
      id: 'l1',
      quiz: [{ q: 'q', options: ['a', 1], answer: 0 }],
    });
    expect(check(lesson)).toEqual({ path: ['quiz', 0, 'options', 1], message: 'expected string' });
  });
});
