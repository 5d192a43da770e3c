export const ROOT: string;
export const SERVER_ENTRY: string;
export const SERVER_ARGS: string[];
export function serverProcessEnv<E extends Record<string, string | undefined>>(
  env?: E,
): E & { MALLOC_TRIM_THRESHOLD_: string };
export function staleReason(root?: string, outDir?: string): string | null;
export function serverStaleReason(root?: string): string | null;
export function viteBuild(root?: string, args?: string[]): Promise<void>;
export function buildIfStale(opts?: {
  root?: string;
  log?: (line: string) => void;
}): Promise<boolean>;
export function buildServer(root?: string): Promise<void>;
export function buildServerIfStale(opts?: {
  root?: string;
  log?: (line: string) => void;
}): Promise<boolean>;
