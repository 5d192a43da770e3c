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

/**
 * One field of an object, flattened so that the common leaves (strings, numbers, booleans, enums,
 * maybe null or absent) are checked inline in one loop rather than through a call per field: on a
 * first sync most of this code runs before the engine has optimised it, where calls are dear.
 */
interface Field {
  key: string;
  optional: boolean;
  nullable: boolean;
  kind: 'string' | 'number' | 'int' | 'boolean' | 'enum' | 'other';
  min: number;
  max: number;
  pattern: RegExp | null;
  values: Set<unknown> | null;
  check: Check | null;
}

function fieldOf(key: string, schema: z.ZodMiniType): Field {
  const f: Field = {
    key,
    optional: false,
    nullable: false,
    kind: 'other',
    min: 0,
    max: Infinity,
    pattern: null,
    values: null,
    check: null,
  };
  let d = defOf(schema);
  let inner = schema;
  while (d.type === 'optional' || d.type === 'nullable') {
    if (d.type === 'optional') f.optional = true;
    else f.nullable = true;
    inner = d.innerType!;
    d = defOf(inner);
  }
  const plain = !d.checks?.length;
  if (d.type === 'string') {
    let ok = d.format === undefined || Boolean(d.pattern);
    f.pattern = d.format !== undefined ? (d.pattern ?? null) : null;
    for (const c of d.checks ?? []) {
      const cd = c._zod.def;
      if (cd.check === 'min_length' && cd.minimum !== undefined) f.min = cd.minimum;
      else if (cd.check === 'max_length' && cd.maximum !== undefined) f.max = cd.maximum;
      else if (cd.check === 'string_format' && cd.pattern && !f.pattern) f.pattern = cd.pattern;
      else ok = false;
    }
    if (ok) f.kind = 'string';
  } else if (d.type === 'number' && plain && (d.format === undefined || d.format === 'safeint')) {
    f.kind = d.format === 'safeint' ? 'int' : 'number';
  } else if (d.type === 'boolean' && plain) {
    f.kind = 'boolean';
  } else if (d.type === 'enum') {
    f.kind = 'enum';
    f.values = new Set<unknown>(Object.values(d.entries ?? {}));
  }
  // The optional/nullable wrappers were unwrapped above, so `check` sees only present values.
  if (f.kind === 'other') f.check = compileCheck(inner);
  return f;
}

function checkFields(fields: readonly Field[], o: Record<string, unknown>): Issue | null {
  for (let n = 0; n < fields.length; n++) {
    const f = fields[n]!;
    const v = o[f.key];
    if (v === undefined && f.optional) continue;
    if (v === null && f.nullable) continue;
    let wrong: string | null = null;
    switch (f.kind) {
      case 'string':
        if (typeof v !== 'string') wrong = 'expected string';
        else if (v.length < f.min) wrong = `shorter than ${f.min}`;
        else if (v.length > f.max) wrong = `longer than ${f.max}`;
        else if (f.pattern && !f.pattern.test(v)) wrong = `does not match ${String(f.pattern)}`;
        break;
      case 'number':
      case 'int':
        if (typeof v !== 'number' || !Number.isFinite(v)) wrong = 'expected number';
        else if (f.kind === 'int' && !Number.isSafeInteger(v)) wrong = 'expected integer';
        break;
      case 'boolean':
        if (typeof v !== 'boolean') wrong = 'expected boolean';
        break;
      case 'enum':
        if (!f.values!.has(v)) wrong = 'not one of the allowed values';
        break;
      default: {
        const i = f.check!(v);
        if (i !== null) return under(f.key, i);
      }
    }
    if (wrong !== null) return { path: [f.key], message: wrong };
  }
  return null;
}

export function compileCheck(schema: z.ZodMiniType): Check {
  const d = defOf(schema);
  switch (d.type) {
    case 'object': {
      const fields = Object.entries(d.shape ?? {}).map(([k, s]) => fieldOf(k, s));
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
          return issue('expected object');
        return checkFields(fields, v as Record<string, unknown>);
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
