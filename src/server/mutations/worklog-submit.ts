import { defineMutation } from './types.ts';
import { authorizeWorklog, writeWorklog } from './worklog-save.ts';

export default defineMutation({
  name: 'worklog.submit',
  async authorize(ctx, args) {
    authorizeWorklog(ctx, args.month);
  },
  async apply(ctx, args) {
    await writeWorklog(ctx, args.month, args.body, true);
  },
});
