import { type ErrorDefinition } from '../errors/error-kind';

/**
 * Errors of the cases context: the rules of the case lifecycle (raised by @gov/case, which takes
 * its messages from here) and those of the service. Codes never change.
 */
export const caseErrors = {
  'CASE.TRANSITION_NOT_ALLOWED': {
    kind: 'conflict',
    message: '办件当前状态下不能进行该操作，请刷新后查看办件的最新状态',
  },
  'CASE.ACTOR_NOT_ALLOWED': { kind: 'forbidden', message: '当前身份不能对办件进行该操作' },
  'CASE.TIME_REVERSED': {
    kind: 'conflict',
    message: '操作时间早于办件的上一次操作，请核对服务器时间后重试',
  },
  'CASE.LIMITS_INVALID': {
    kind: 'unprocessable',
    message: '办理时限应为非负整数个工作日，且承诺时限不得超过法定时限，请核对事项的时限设置',
  },
  'CASE.REASON_REQUIRED': {
    kind: 'validation',
    message: '该操作须填写理由（将告知申请人），请填写后重新提交',
  },
  'CASE.CORRECTION_EMPTY': {
    kind: 'validation',
    message: '补正告知书须列明需要补正的材料及问题，请至少列出一项',
  },
  'CASE.CORRECTION_DUPLICATE_MATERIAL': {
    kind: 'validation',
    message: '补正告知书中同一材料只能列一次，请将该材料的全部问题合并写在一处',
  },
  'CASE.CORRECTION_NEW_MATERIAL': {
    kind: 'unprocessable',
    message:
      '依照一次性告知制度，补正后只能就首次补正告知书所列材料再次告知，不得新增其他材料；如申请仍不符合要求，请作出不予受理决定或予以受理',
  },
  'CASE.ACCEPTANCE_PERIOD_EXPIRED': {
    kind: 'unprocessable',
    message:
      '收到申请材料已超过 5 个工作日，依照《行政许可法》第三十二条该申请自收到之日起即为受理，不能再告知补正或不予受理，请予以受理并在审查后作出决定',
  },
  'CASE.DEEMED_ACCEPTANCE_NOT_DUE': {
    kind: 'conflict',
    message: '受理审查期限尚未届满，不能视为受理',
  },
  'CASE.ALREADY_SUSPENDED': {
    kind: 'conflict',
    message: '办件已处于中止（特别程序）状态，请先恢复审查再重新中止',
  },
  'CASE.NOT_SUSPENDED': {
    kind: 'conflict',
    message: '办件未处于中止（特别程序）状态，无需恢复审查',
  },
  'CASE.ALREADY_EXTENDED': { kind: 'conflict', message: '办理期限只能延长一次，该办件已经延期' },
  'CASE.EXTENSION_DAYS_INVALID': {
    kind: 'validation',
    message: '延长的期限应为正整数个工作日，请按事项的法定依据填写',
  },
  'CASE.EXTENSION_AFTER_DEADLINE': {
    kind: 'unprocessable',
    message: '法定办理期限已届满，不能再延长；延期须在法定期限内经本机关负责人批准',
  },
  'CASE.NOT_ON_THE_SPOT_ITEM': {
    kind: 'unprocessable',
    message: '该事项不是即办件（承诺时限不为 0），须受理后经审查再作出决定',
  },
  'CASE.HANDOVER_TARGET_NOT_STAFF': {
    kind: 'unprocessable',
    message: '办件只能转交给窗口人员、审批人员或服务中心管理员',
  },
  'CASE.HANDOVER_TO_SAME_STAFF': { kind: 'conflict', message: '办件已由该工作人员负责，无需转办' },
  'CASE.TASK_NOT_FOUND': {
    kind: 'not_found',
    message: '该办件没有这个部门的审批任务：请核对部门，或确认该事项为并联审批事项',
  },
  'CASE.TASK_OTHER_DEPARTMENT': {
    kind: 'forbidden',
    message: '只能处理本部门的审批任务；其他部门的任务由该部门的审批人员处理',
  },
  'CASE.TASK_ALREADY_DECIDED': {
    kind: 'conflict',
    message: '该部门的审批任务已作出决定，不能重复决定；如需更正请联系牵头部门',
  },
  'CASE.TASK_NOT_AWAITING_MATERIAL': {
    kind: 'conflict',
    message: '该审批任务未在等待补充材料，无需登记材料已收到',
  },
  'CASE.JOINT_DECISION_BY_TASKS': {
    kind: 'conflict',
    message: '并联审批事项的决定由各部门审批任务汇总作出，请在各部门任务中作出决定',
  },
  'CASE.FEE_NOT_REQUIRED': {
    kind: 'unprocessable',
    message: '该事项不收费，无需缴费；如已误收请办理退费',
  },
  'CASE.PAYMENT_EXCEEDS_DUE': {
    kind: 'unprocessable',
    message: '缴费金额超过应缴未缴金额，请核对收费标准和已缴金额',
  },
  'CASE.PAYMENT_REFERENCE_REUSED': {
    kind: 'conflict',
    message: '该缴费凭证号已登记过，请勿重复登记；如金额有误请先退费再重新登记',
  },
  'CASE.REFUND_EXCEEDS_PAID': {
    kind: 'unprocessable',
    message: '退费金额超过已缴未退金额，请核对缴费记录',
  },
  'CASE.FEE_UNPAID': {
    kind: 'conflict',
    message: '该事项须缴清费用后方可送达办理结果，请先在收费窗口缴费',
  },
  'CASE.AGENT_OUT_OF_AREA': {
    kind: 'forbidden',
    message: '代办员只能为本村（社区）、本乡镇的群众代办，并向本乡镇或县级中心提交',
  },
  'CASE.VERIFICATION_NOT_FOUND': {
    kind: 'not_found',
    message: '没有与该核查答复对应的核查请求，请核对核查请求编号',
  },
  'CASE.VERIFICATION_ALREADY_ANSWERED': {
    kind: 'conflict',
    message: '该核查请求已有答复，不能重复答复',
  },
  'CASE.VERIFICATION_SYSTEM_UNKNOWN': {
    kind: 'unprocessable',
    message: '没有该部门的联网核查系统，请从可用的核查系统中选择',
  },
  'CASE.HANDOVER_TARGET_UNKNOWN': {
    kind: 'not_found',
    message: '找不到该工作人员：只能转办给已在本系统办理过业务的窗口人员、审批人员或中心管理员',
  },
  'CASE.HANDOVER_OUT_OF_SCOPE': {
    kind: 'forbidden',
    message: '只能转办给本辖区内的窗口或工作人员',
  },
  'CASE.NUMBER_INVALID': {
    kind: 'validation',
    message:
      '办件编号格式不正确：应为“行政区划代码-年月日-8 位序号”，例如 330102-20261126-00000123',
  },
  'CASE.NOTICE_NUMBER_INVALID': {
    kind: 'validation',
    message: '文书编号格式不正确，例如：上城受字〔2026〕第123号',
  },
  'CASE.NOT_FOUND': { kind: 'not_found', message: '未找到该办件' },
  'CASE.NOTICE_NOT_FOUND': {
    kind: 'not_found',
    message: '该办件没有这份文书：请从办件详情的文书列表中选择',
  },
  'CASE.CHANGED_CONCURRENTLY': {
    kind: 'conflict',
    message: '该办件刚被他人处理，请刷新后查看最新状态再操作',
  },
  'CASE.ITEM_NOT_AVAILABLE': {
    kind: 'unprocessable',
    message: '该事项尚未发布或已取消，不能申请；请在办事指南中选择现行事项',
  },
  'CASE.MATERIALS_MISMATCH': {
    kind: 'unprocessable',
    message: '提交的材料与办事指南不符：请按提示补齐必需材料、去掉指南未列的材料',
  },
  'CASE.APPLICANT_ID_INVALID': {
    kind: 'validation',
    message: '申请人证件号码无效：请核对居民身份证号码或统一社会信用代码（含校验位）',
  },
  'CASE.PROGRESS_NOT_FOUND': {
    kind: 'not_found',
    message: '未查询到办件：请核对办件编号和查询码（查询码见受理回执或短信）',
  },
} as const satisfies Record<`CASE.${string}`, ErrorDefinition>;
