import * as z from 'zod/mini';

/**
 * A fast yes/no check built from a zod schema, for the app's hot path (thousands of pulled records
 * on a first sync). zod's parse builds a new object for every object it checks, and in the browser,
 * where the page's content security policy forbids `eval`, it cannot use its compiled fast path;
 * on ten thousand records that cost more than the whole budget. This walks the schema's definition
 * once and returns plain closures that read the value and copy nothing. It knows the kinds of
 * schema records use (object, string with length, pattern and format checks, number, integer,
 * boolean, enum, literal, nullable, optional, array, unknown); any other kind, or a check it does not know,
 * is handed to zod for that part of the value, so the answer is always zod's answer.
 *
 * The result is null when the value fits, else where and what is wrong (path ["durationMin"],
 * "expected number"). Unknown object keys pass, as with `z.object`.
 */
export interface Issue {
  path: (string | number)[];
  message: string;
}
export type Check = (v: unknown) => Issue | null;

const issue = (message: string): Issue => ({ path: [], message });

interface Def {
  type: string;
  checks?: {
    _zod: { def: { check: string; minimum?: number; maximum?: number; pattern?: RegExp } };
  }[];
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: unknown[];
}

const defOf = (s: z.ZodMiniType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** zod itself, for a part this compiler does not model. */
function byZod(schema: z.ZodMiniType): Check {
  return (v) => {
    const r = z.safeParse(schema, v);
    if (r.success) return null;
    const i = r.error.issues[0];
    return { path: (i?.path ?? []) as (string | number)[], message: i?.message ?? 'invalid' };
  };
}

/** The child's issue, placed under `key`. */
const under = (key: string | number, i: Issue): Issue => ({
  path: [key, ...i.path],
  message: i.message,
});

/** The string checks, or null when one of them is of a kind not modelled here. */
function stringChecks(d: Def): ((s: string) => Issue | null)[] | null {
  const out: ((s: string) => Issue | null)[] = [];
  if (d.format !== undefined) {
    const { pattern, format } = d;
    if (!pattern) return null;
    out.push((s) => (pattern.test(s) ? null : issue(`expected ${format}`)));
  }
  for (const c of d.checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'min_length' && cd.minimum !== undefined) {
      const min = cd.minimum;
      out.push((s) => (s.length >= min ? null : issue(`shorter than ${min}`)));
    } else if (cd.check === 'max_length' && cd.maximum !== undefined) {
      const max = cd.maximum;
      out.push((s) => (s.length <= max ? null : issue(`longer than ${max}`)));
    } else if (cd.check === 'string_format' && cd.pattern) {
      const pattern = cd.pattern;
      out.push((s) => (pattern.test(s) ? null : issue(`does not match ${String(pattern)}`)));
    } else {
      return null;
    }
  }
  return out;
}

export function compileCheck(schema: z.ZodMiniType): Check {
  const d = defOf(schema);
  switch (d.type) {
    case 'object': {
      const fields = Object.entries(d.shape ?? {}).map(([k, s]) => [k, compileCheck(s)] as const);
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
          return issue('expected object');
        const o = v as Record<string, unknown>;
        for (const [k, check] of fields) {
          const i = check(o[k]);
          if (i !== null) return under(k, i);
        }
        return null;
      };
    }
    case 'string': {
      const checks = stringChecks(d);
      if (!checks) return byZod(schema);
      return (v) => {
        if (typeof v !== 'string') return issue('expected string');
        for (const c of checks) {
          const i = c(v);
          if (i !== null) return i;
        }
        return null;
      };
    }
    case 'number': {
      if (d.checks?.length || (d.format !== undefined && d.format !== 'safeint')) {
        return byZod(schema);
      }
      const int = d.format === 'safeint';
      return (v) =>
        typeof v !== 'number' || !Number.isFinite(v)
          ? issue('expected number')
          : int && !Number.isSafeInteger(v)
            ? issue('expected integer')
            : null;
    }
    case 'boolean':
      return d.checks?.length
        ? byZod(schema)
        : (v) => (typeof v === 'boolean' ? null : issue('expected boolean'));
    case 'enum': {
      const values = new Set<unknown>(Object.values(d.entries ?? {}));
      return (v) => (values.has(v) ? null : issue('not one of the allowed values'));
    }
    case 'literal': {
      const values = new Set(d.values ?? []);
      return (v) => (values.has(v) ? null : issue('not the expected value'));
    }
    case 'nullable': {
      const inner = compileCheck(d.innerType!);
      return (v) => (v === null ? null : inner(v));
    }
    case 'optional': {
      const inner = compileCheck(d.innerType!);
      return (v) => (v === undefined ? null : inner(v));
    }
    case 'array': {
      if (d.checks?.length) return byZod(schema);
      const element = compileCheck(d.element!);
      return (v) => {
        if (!Array.isArray(v)) return issue('expected array');
        for (let n = 0; n < v.length; n++) {
          const i = element(v[n]);
          if (i !== null) return under(n, i);
        }
        return null;
      };
    }
    case 'unknown':
    case 'any':
      return () => null;
    default:
      return byZod(schema);
  }
}
