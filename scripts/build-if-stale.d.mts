export const ROOT: string;
export function staleReason(root?: string, outDir?: string): string | null;
export function viteBuild(root?: string): Promise<void>;
export function buildIfStale(opts?: {
  root?: string;
  log?: (line: string) => void;
}): Promise<boolean>;
