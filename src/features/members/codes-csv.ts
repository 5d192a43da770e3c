import type { ImportCreated } from '../../shared/org/api.ts';
import { toCsv } from './csv.ts';

/** The activation codes of an import as a CSV to keep or print elsewhere (UTF-8 with BOM). */
export function codesCsv(
  created: readonly Pick<ImportCreated, 'name' | 'login' | 'activationCode'>[],
  header: readonly [string, string, string],
): string {
  return toCsv([[...header], ...created.map((c) => [c.name, c.login, c.activationCode])]);
}
