import type pgTypes from 'pg';

let loaded: Promise<typeof pgTypes> | undefined;

/**
 * node-postgres, loaded on first use: a server on PGlite never needs it, and loading it cost the
 * start 50 ms and 7 MB (bench/README.md, "Server start").
 */
export function loadPg(): Promise<typeof pgTypes> {
  return (loaded ??= import('pg').then(({ default: pg }) => {
    // int8 and numeric as JS numbers: versions and counts stay far below 2^53.
    pg.types.setTypeParser(20, (v) => Number(v));
    pg.types.setTypeParser(1700, (v) => Number(v));
    return pg;
  }));
}
