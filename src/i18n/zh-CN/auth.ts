export const auth = {
  title: '连心',
  tagline: '微党课、主题党日、党群服务，没有网络也能用',
  formLabel: '登录',
  login: '登录名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  activateLink: '首次登录 / 我有激活码',
  errors: {
    required: '请填写登录名和密码。',
    invalid_credentials: '登录名或密码不对，请核对后再试。',
    rate_limited: '尝试次数太多，请过几分钟再试。',
    network: '现在连不上网络。第一次登录需要联网，连上网络后再试一次。',
    unknown: '登录没有成功：{{message}}',
  },
};
