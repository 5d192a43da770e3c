import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db/db.ts';
import { goalsOrDefault } from '../../shared/checklist/rules.ts';
import type { Goal } from '../../shared/checklist/template.ts';
import type { ReportSources } from './report.ts';

export interface ReportData extends ReportSources {
  /** the district's checklist: its saved template, else the default the app ships */
  goals: readonly Goal[];
  /** the root of the tree (the district), for the template editor */
  districtId: string | null;
  templatePending: boolean;
}

/** Everything a report is made from, read live from the phone's tables (works offline). */
export function useReportData(): ReportData | undefined {
  return useLiveQuery(async () => {
    const [
      orgs,
      users,
      events,
      checkins,
      progress,
      requests,
      firms,
      assessments,
      templates,
      visits,
      publications,
      groups,
      discussions,
    ] = await Promise.all([
      db.orgs.toArray(),
      db.users.toArray(),
      db.events.toArray(),
      db.checkins.toArray(),
      db.lessonProgress.toArray(),
      db.requests.toArray(),
      db.firms.toArray(),
      db.checklistAssessments.toArray(),
      db.checklistTemplates.toArray(),
      db.visits.toArray(),
      db.listPublications.toArray(),
      db.serviceGroups.toArray(),
      db.discussions.toArray(),
    ]);
    const root = orgs.find((o) => o.parentId === null) ?? null;
    const template = templates.find((t) => t.orgId === root?.id) ?? templates[0];
    return {
      orgs,
      users,
      events,
      checkins,
      progress,
      requests,
      firms,
      assessments,
      visits,
      publications,
      groups,
      discussions,
      goals: goalsOrDefault(template?.goals),
      districtId: root?.id ?? null,
      templatePending: template?.pending === true,
    };
  }, []);
}
