import { isOrganizer, type Viewer } from '../auth/viewer.ts';
import { handlesCategory } from '../../shared/request-flow.ts';
import type { RequestRow } from './request-data.ts';

/** Staff of the request's service group (those who take it: 接单). */
export const isGroupStaff = (v: Viewer, r: Pick<RequestRow, 'category'>) =>
  handlesCategory(v, r.category);

/** Organizers managing the requester's org (pull rule 2: what their org's members produced). */
export const managesRequest = (v: Viewer, r: Pick<RequestRow, 'org_id'>) =>
  isOrganizer(v) && v.managedOrgs.includes(r.org_id);

/**
 * Who may read a request, its thread and its photos: exactly those pull sends it to
 * (the requester, staff of its group, organizers above the requester's org).
 */
export const canReadRequest = (v: Viewer, r: Pick<RequestRow, 'user_id' | 'org_id' | 'category'>) =>
  r.user_id === v.id || v.groups.includes(r.category) || v.managedOrgs.includes(r.org_id);
