import { type ErrorDefinition } from '../errors/error-kind';

/**
 * Errors of good/bad reviews (好差评, 国办发〔2019〕51号) and the rectification of bad ones.
 * Codes never change.
 */
export const ratingErrors = {
  'RATING.CASE_NOT_CONCLUDED': {
    kind: 'conflict',
    message: '办件办结后才能评价，请在办件办结或送达后再评价',
  },
  'RATING.ALREADY_RATED': {
    kind: 'conflict',
    message: '该办件已经评价过，每个办件只能评价一次',
  },
  'RATING.NOT_YOUR_CASE': {
    kind: 'forbidden',
    message: '只有办件的申请人本人或代为提交的代办员可以评价该办件',
  },
  'RATING.NOT_FOUND': { kind: 'not_found', message: '该办件尚未评价' },
  'RECTIFICATION.NOT_FOUND': {
    kind: 'not_found',
    message: '找不到该差评整改任务，请从整改任务列表中选择',
  },
  'RECTIFICATION.OUT_OF_SCOPE': {
    kind: 'forbidden',
    message: '该差评整改任务不在您的管辖范围内，请由办件所在地的服务中心或其上级处理',
  },
  'RECTIFICATION.CALL_BACK_REQUIRED': {
    kind: 'unprocessable',
    message: '整改须先回访评价人：请至少登记一次回访记录后再提交整改结果',
  },
  'RECTIFICATION.ALREADY_CLOSED': {
    kind: 'conflict',
    message: '该整改任务已经结束（已整改或差评已被撤销），不能再办理',
  },
  'RECTIFICATION.APPEAL_PENDING': {
    kind: 'conflict',
    message: '该差评的申诉正在等待监察人员裁定，裁定前不能提交整改结果或再次申诉',
  },
  'RECTIFICATION.NO_APPEAL_PENDING': {
    kind: 'conflict',
    message: '该整改任务没有待裁定的申诉',
  },
  'RECTIFICATION.APPEAL_ALREADY_DECIDED': {
    kind: 'conflict',
    message: '该差评的申诉已经裁定，每个差评只能申诉一次；申诉被驳回的请继续整改',
  },
} as const satisfies Record<string, ErrorDefinition>;
