import type { Coverage } from '../../shared/org/kinds.ts';
import type { FirmRecord } from '../../shared/org/records.ts';

export interface FirmFilter {
  query: string;
  coverage: Coverage | 'all';
  /** a park (committee) id, or 'all' */
  parkId: string;
}

export const NO_FILTER: FirmFilter = { query: '', coverage: 'all', parkId: 'all' };

/**
 * Firms matching a search over name, credit code and building (case- and space-insensitive), a
 * coverage and a park. `parkIdOf` maps a firm's org to its park.
 */
export function filterFirms<
  F extends Pick<FirmRecord, 'name' | 'creditCode' | 'building' | 'coverage' | 'orgId'>,
>(firms: readonly F[], filter: FirmFilter, parkIdOf: (orgId: string) => string | null): F[] {
  const q = filter.query.trim().toLowerCase().replace(/\s+/g, '');
  return firms.filter((f) => {
    if (filter.coverage !== 'all' && f.coverage !== filter.coverage) return false;
    if (filter.parkId !== 'all' && parkIdOf(f.orgId) !== filter.parkId) return false;
    if (!q) return true;
    return [f.name, f.creditCode, f.building ?? ''].some((s) =>
      s.toLowerCase().replace(/\s+/g, '').includes(q),
    );
  });
}
