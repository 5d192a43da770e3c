/** Answers of the flowing-member endpoints (docs/organisation.md, "Flowing members"). */
export interface FlowingBranch {
  id: string;
  name: string;
  parent: string | null;
}

/** A flowing member's activity card for their home organisation. */
export interface FlowingActivity {
  memberName: string;
  homeOrg: string;
  hostName: string;
  since: string;
  until: string;
  status: string;
  partyDays: { title: string; date: string; org: string }[];
  lessons: { title: string; date: string }[];
  servicePoints: number;
  serviceHours: number;
}
