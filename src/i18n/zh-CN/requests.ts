export const requests = {
  title: '党群服务',
  empty: {
    title: '还没有服务请求',
    body: '企业遇到政策、人才、融资、法律等方面的需要，可以在这里线上点单。',
  },
};
