export const ROOT: string;
export const SERVER_ENTRY: string;
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
