import type { FastifyInstance } from 'fastify';

/**
 * Every route the app registers, as "METHOD /path", read from Fastify's own route tree
 * (`printRoutes({ commonPrefix: false })`): each line is a path segment under its parent, with the
 * methods registered at that node in parentheses.
 */
export function registeredRoutes(app: FastifyInstance): string[] {
  const tree = app.printRoutes({ commonPrefix: false });
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of tree.split('\n')) {
    if (!line.trim()) continue;
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) throw new Error(`Cannot read the route tree line "${line}"`);
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const path = stack.join('') + m[2]!;
    stack.push(m[2]!);
    for (const method of m[3]?.split(',').map((x) => x.trim()) ?? []) out.push(`${method} ${path}`);
  }
  return out.sort();
}
