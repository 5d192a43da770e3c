export const refused = {
  title: '被退回的内容',
  intro: '服务器没有接受下面这些操作，原因写在每一项下面。',
  empty: '没有被退回的内容。',
  dismiss: '知道了',
  here: '“{{name}}”没有成功',
  open: '去看看',
  dismissLabel: '知道了，移除“{{name}}”',
  code: {
    slot_taken: '这个时段已经被别人预约了。',
    invalid_transition: '这个请求现在的状态不允许这样操作。',
    bad_code: '签到码不对。',
    outside_window: '不在签到时间内。',
    forbidden: '你没有权限做这项操作。',
    conflict: '这条记录和已有的内容冲突。',
    invalid_request: '提交的内容不完整或格式不对。',
    not_found: '相关内容已经不存在。',
    bad_card: '党员证二维码无效或已过期。',
    unknown_mutation: '服务器不认识这项操作，请更新应用后再试。',
    invalid_credit_code: '统一社会信用代码不正确（18 位，最后一位是校验码）。',
    invalid_instructor: '所选的人不是党建指导员。',
    invalid_contacts: '需要一到两名培养联系人。',
    invalid_introducers: '需要两名正式党员作入党介绍人。',
    too_early: '还没到规定的时间，不能进行这一步。',
  },
  mutation: {
    flowing: {
      register: '流动党员登记',
      decide: '审核流动党员登记',
    },
    transfer: {
      create: '发起组织关系转接',
      advance: '办理转接步骤',
    },
    request: {
      create: '提交服务请求',
      comment: '请求留言',
      transition: '更新请求状态',
      cancel: '撤回服务请求',
      rate: '评价服务',
    },
    lesson: {
      progress: '学习进度',
      rate: '评价微党课',
      save: '发布或修改微党课',
      withdraw: '撤回微党课',
    },
    event: {
      rsvp: '活动报名',
      checkin: '活动签到',
      checkin_member: '扫码签到',
      checkin_manual: '手动签到',
      save: '安排主题党日',
      cancel: '取消主题党日',
    },
    wall: {
      post: '留言墙留言',
      hide: '隐藏留言',
      unhide: '恢复显示留言',
    },
    volunteer: {
      log: '登记志愿服务时长',
    },
    booking: {
      create: '预约场地',
      cancel: '取消场地预约',
    },
    venue: {
      save: '保存场地',
    },
    org: {
      save: '保存组织',
    },
    firm: {
      save: '保存企业信息',
      assign: '指派党建指导员',
    },
    invite: {
      create: '生成邀请码',
      revoke: '作废邀请码',
    },
    join: {
      decide: '审核入驻申请',
    },
    member: {
      reset: '重置密码',
      move: '调整所在组织',
      set_active: '停用或启用账号',
      roles: '设置角色',
      standing: '设置党员身份',
    },
    checklist: {
      save: '保存责任清单',
      assess: '填报清单指标',
    },
    account: {
      create: '新建账号',
    },
    notice: {
      publish: '发布通知',
      read: '标记通知已读',
      prefs: '通知设置',
    },
    list_item: {
      save: '保存清单条目',
      remove: '移除清单条目',
    },
    need: {
      claim: '认领需求',
      update: '更新需求进展',
      match: '需求对接资源',
    },
    lists: {
      publish: '发布三张清单',
    },
    candidate: {
      create: '登记入党申请人',
      advance: '发展阶段转入',
      step: '记录培养考察环节',
    },
    visit: {
      log: '记录走访',
      settings: '保存走访设置',
    },
    worklog: {
      save: '保存工作日志',
      submit: '提交工作日志',
    },
    discussion: {
      save: '安排或记录座谈会',
    },
    instructor: {
      review: '年度评议',
    },
    group: {
      save: '设置服务组办结时限',
    },
  },
};
