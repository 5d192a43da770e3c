import type { Translation } from '../shape.ts';
import type { requests as source } from '../zh-CN/requests.ts';

export const requests = {
  title: 'Services',
  empty: {
    title: 'No service requests yet',
    body: 'Need help with policy, hiring, financing or legal questions? Place a request here.',
  },
} satisfies Translation<typeof source>;
