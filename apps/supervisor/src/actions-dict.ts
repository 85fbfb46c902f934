/** The window actions' words (spread into dict.ts): zh-CN first, en beside it. */
export const actionsZh = {
  actionsTitle: '监察操作',
  actionsHolds: '{number} 在此窗口',
  actionsTarget: '改派到',
  actionsCallTo: '呼叫到该窗口',
  actionsNoFree: '没有空闲窗口',
  actionsCalled: '已请 {number} 到 {window}',
  actionsSignOut: '签退此窗口',
  actionsConfirmSignOut: '确认签退 {window}（{clerk}）？',
  actionsConfirm: '确认签退',
  actionsSignedOut: '{window} 已签退',
};

export const actionsEn: Record<keyof typeof actionsZh, string> = {
  actionsTitle: 'Supervisor actions',
  actionsHolds: '{number} is at this window',
  actionsTarget: 'Send to',
  actionsCallTo: 'Call to that window',
  actionsNoFree: 'No window is free',
  actionsCalled: '{number} called to {window}',
  actionsSignOut: 'Sign this window out',
  actionsConfirmSignOut: 'Sign out {window} ({clerk})?',
  actionsConfirm: 'Sign out',
  actionsSignedOut: '{window} signed out',
};
