import type { FastifyPluginAsync } from 'fastify';
import healthRoutes from './health.ts';
import authRoutes from './auth.ts';
import syncRoutes from './sync.ts';
import liveRoutes from './live.ts';
import mediaRoutes from './media.ts';
import requestRoutes from './requests.ts';
import visitRoutes from './visits.ts';
import checklistRoutes from './checklist.ts';
import pointsRoutes from './points.ts';
import eventRoutes from './events.ts';
import activationRoutes from './activation.ts';
import joinRoutes from './join.ts';
import adminRoutes from './admin.ts';
import pushRoutes from './push.ts';
import calendarRoutes from './calendar.ts';
import flowingRoutes from './flowing.ts';

/** Every route module of the API; each feature adds its own line. */
export const routeModules: FastifyPluginAsync[] = [
  healthRoutes,
  authRoutes,
  syncRoutes,
  liveRoutes,
  mediaRoutes,
  requestRoutes,
  visitRoutes,
  checklistRoutes,
  pointsRoutes,
  eventRoutes,
  activationRoutes,
  joinRoutes,
  adminRoutes,
  pushRoutes,
  calendarRoutes,
  flowingRoutes,
];
