import type { CommittedNotice } from '../notices/deliver.ts';
import type { PushPayload } from '../../shared/push.ts';

/** What a request's new status reads as on the lock screen (the inbox words it in the reader's language). */
const REQUEST_STATUS: Record<string, string> = {
  accepted: '已受理',
  in_progress: '正在办理',
  resolved: '已办结',
  rejected: '未受理',
  comment: '有新的回复',
};

/**
 * The Web Push message for a committed notice (docs/notices.md, "Web Push"). The server does not
 * know the reader's language, so the words it adds are Chinese, the app's default; the notice's
 * own words (a title, a comment) come as written. Tapping it opens the notice in the inbox,
 * whose button leads on to the request, room, party day or join queue.
 */
export function noticePush(n: CommittedNotice): PushPayload {
  const clip = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);
  let title = n.title;
  let body = n.body;
  if (n.kind === 'request') {
    title = `服务请求${REQUEST_STATUS[n.detail ?? ''] ?? '有新进展'}`;
    body = n.detail === 'comment' ? `${n.title}：${n.body}` : n.title;
  } else if (n.kind === 'booking') {
    title = '场地预约没有成功';
    body = `${n.title}：这个时段已被预约，请换一个时段。`;
  } else if (n.kind === 'join_request') {
    title = '有新的入会申请待审批';
    body = n.title;
  }
  return {
    title: clip(title || '连心', 200),
    body: clip(body, 1000),
    url: `/inbox/${n.id}`,
    tag: n.id,
  };
}
