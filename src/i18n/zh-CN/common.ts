export const common = {
  appName: '连心',
  loading: '正在加载…',
  close: '关闭',
  cancel: '取消',
  back: '返回',
  skipToMain: '跳到主要内容',
  notFound: {
    title: '没有找到这个页面',
    body: '链接可能已经失效，或者地址输错了。',
    home: '回到首页',
  },
  update: {
    available: '新版本可用',
    reload: '重新加载',
  },
  rating: {
    star_other: '{{count}} 星',
  },
  chart: {
    label: '项目',
    value: '数值',
  },
  language: {
    label: '语言',
    zh: '中文',
    en: 'English',
  },
  on: '开',
  off: '关',
};
