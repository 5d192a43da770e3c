import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mutationArgs } from '../../../src/shared/mutations/index.ts';
import { RECORD_TYPES } from '../../../src/shared/protocol.ts';
import { recordSchemas } from '../../../src/shared/record-schemas.ts';

/**
 * docs/sync-protocol.md stays true as the protocol grows: every mutation the code knows and every
 * record type pull sends is named in it, and the sections and rule numbers that code comments cite
 * ("Push rule 4") exist.
 */
const doc = readFileSync(resolve(process.cwd(), 'docs/sync-protocol.md'), 'utf8');
const section = (title: string) => {
  const start = doc.indexOf(`\n## ${title}\n`);
  if (start < 0) return '';
  const end = doc.indexOf('\n## ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
};
/** The numbered rules of a section, outside its sub-sections. */
const rules = (title: string) =>
  [
    ...section(title)
      .split('\n### ')[0]!
      .matchAll(/^(\d+)\. /gm),
  ].map((m) => Number(m[1]));

describe('docs/sync-protocol.md', () => {
  it('names every mutation of mutationArgs in backticks', () => {
    expect(Object.keys(mutationArgs).filter((n) => !doc.includes(`\`${n}\``))).toEqual([]);
  });

  it('names every record type, and describes its fields, in "Record shapes in pull"', () => {
    const shapes = section('Record shapes in pull');
    expect(RECORD_TYPES.filter((t) => !shapes.includes(`| \`${t}\` |`))).toEqual([]);
    expect(Object.keys(recordSchemas).sort()).toEqual([...RECORD_TYPES].sort());
  });

  it('has the sections and rule numbers code comments cite', () => {
    for (const title of [
      'Conventions',
      'Endpoints',
      'Push',
      'Pull',
      'Record shapes in pull',
      'Check-in codes',
      'Live',
      'The app side',
      'Known pitfalls to design against',
    ]) {
      expect(section(title), title).not.toBe('');
    }
    expect(rules('Push')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(rules('Pull')).toEqual([1, 2, 3, 4, 5]);
  });
});
