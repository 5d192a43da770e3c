/**
 * PGlite's buffer cache. PostgreSQL's own default in PGlite is 160 MB of shared buffers, all of
 * it in the one process's WebAssembly memory once touched; the files behind it are in the
 * operating system's page cache anyway. 32 MB holds the working set of a district's sync (the
 * recent change log and its indexes) and keeps the server's idle memory near PGlite's own floor
 * (bench/README.md, "Memory on the embedded database").
 */
export const PGLITE_SHARED_BUFFERS = '32MB';
