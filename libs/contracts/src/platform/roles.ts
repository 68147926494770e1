/**
 * The realm roles of the suite (DESIGN.md §4), as they appear in `realm_access.roles` of a token.
 * WARNING: role names are part of every token and every route's declaration; they never change.
 */
export const ROLES = {
  citizen: '公民 / 企业申请人',
  agent: '便民代办员',
  clerk: '窗口人员',
  approver: '审批人员',
  center_admin: '服务中心管理员',
  catalog_admin: '事项目录管理员',
  discloser: '信息公开工作人员',
  secrecy_reviewer: '保密审查人员',
  supervisor: '监察人员',
  ops: '平台运维',
  integration: '部门业务系统（服务账号）',
} as const;

export type Role = keyof typeof ROLES;
export const ROLE_NAMES = Object.keys(ROLES) as Role[];
