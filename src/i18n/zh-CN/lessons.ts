export const lessons = {
  title: '微党课',
  empty: {
    title: '还没有微党课',
    body: '支部发布微党课后会出现在这里，下载后没有网络也能学。',
  },
};
