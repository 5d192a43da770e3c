export const events = {
  title: '主题党日',
  empty: {
    title: '近期没有主题党日',
    body: '支部安排好活动后，你可以在这里报名和签到。',
  },
  checkin: {
    title: '活动签到',
  },
};
