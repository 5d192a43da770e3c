import { useEffect, useMemo, useState } from 'react';
import type { RequestRecord } from '../../shared/records.ts';
import { requestDeadlines } from './deadlines.ts';
import { useServiceGroups } from './use-service-groups.ts';

/** The clock, a minute at a time: enough for due times counted in hours and days. */
function useMinute(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** Due times and overdue states of `requests`, read offline from the groups' records. */
export function useDeadlines(requests: readonly RequestRecord[] | undefined) {
  const groups = useServiceGroups();
  const now = useMinute();
  return useMemo(() => requestDeadlines(requests ?? [], groups, now), [requests, groups, now]);
}
