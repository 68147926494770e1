import { type Static, Type } from '@sinclair/typebox';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { Text } from './case-text';

export const LocalDate = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: '日期（北京时间），YYYY-MM-DD',
});

export const CASE_STATUS_VALUES = [
  'submitted',
  'correction-requested',
  'rejected',
  'under-review',
  'suspended',
  'decided',
  'concluded',
  'delivered',
  'withdrawn',
] as const;
export const CaseStatusSchema = Type.Union(
  CASE_STATUS_VALUES.map((status) => Type.Literal(status)),
  { description: '办件状态' },
);
export type CaseStatus = Static<typeof CaseStatusSchema>;

export const FeeStatusSchema = Type.Union(
  [
    Type.Literal('not-required'),
    Type.Literal('unpaid'),
    Type.Literal('partly-paid'),
    Type.Literal('paid'),
  ],
  { description: '缴费状态：无需缴费 / 未缴费 / 部分缴费 / 已缴清' },
);

export const CaseChannelSchema = Type.Union(
  [Type.Literal('window'), Type.Literal('online'), Type.Literal('agent-point')],
  { description: '申请渠道：窗口 / 网上 / 便民代办点' },
);

export const PhoneSchema = Type.String({
  pattern: '^[+0-9][0-9 ()-]{4,24}$',
  description: '联系电话',
});

/** The applicant as submitted: a person (resident ID) or an organisation (credit code). */
export const ApplicantInputSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('person'),
      name: Text(50, '姓名'),
      residentId: Type.String({ pattern: '^[0-9]{17}[0-9Xx]$', description: '居民身份证号码' }),
      phone: PhoneSchema,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('organisation'),
      name: Text(200, '单位名称'),
      creditCode: Type.String({
        pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
        description: '统一社会信用代码',
      }),
      contactName: Text(50, '经办人'),
      phone: PhoneSchema,
    },
    { additionalProperties: false },
  ),
]);
export type ApplicantInput = Static<typeof ApplicantInputSchema>;

/** The applicant as the suite answers: identifiers masked (only the staff handling the case see more). */
export const ApplicantSchema = Type.Object(
  {
    kind: Type.Union([Type.Literal('person'), Type.Literal('organisation')]),
    name: Type.String({ description: '姓名或单位名称（个人姓名已脱敏）' }),
    idNumber: Type.String({ description: '证件号码（已脱敏）' }),
    phone: Type.String({ description: '联系电话（已脱敏）' }),
  },
  { $id: 'Applicant', additionalProperties: false },
);

export const SubmittedMaterialSchema = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z0-9][a-z0-9-]{0,59}$',
      description: '办事指南中材料的标识',
    }),
    documentRef: Text(500, '材料文件的引用（电子材料库中的编号或地址）'),
  },
  { additionalProperties: false },
);

const DeadlineSchema = Type.Object(
  {
    limit: Type.Integer({ description: '时限（工作日，法定时限含延期）' }),
    dueDate: LocalDate,
    remaining: Type.Integer({ description: '剩余工作日；逾期后为负数' }),
    overdue: Type.Boolean(),
  },
  { additionalProperties: false },
);

/** The legal clock of a case (DOMAIN.md §4): not started until acceptance, then counted in working days. */
export const CaseClockSchema = Type.Object(
  {
    phase: Type.Union(
      [
        Type.Literal('not-started'),
        Type.Literal('running'),
        Type.Literal('suspended'),
        Type.Literal('stopped'),
      ],
      { description: '未起算 / 计时中 / 中止 / 已停止（已作出决定或撤回）' },
    ),
    elapsed: Type.Union([Type.Integer(), Type.Null()], { description: '已用工作日' }),
    statutory: Type.Union([DeadlineSchema, Type.Null()]),
    promised: Type.Union([DeadlineSchema, Type.Null()]),
    provisional: Type.Boolean({ description: '涉及尚未公布节假日安排的年度，日期为暂定' }),
  },
  { additionalProperties: false },
);
export type CaseClock = Static<typeof CaseClockSchema>;

export const CaseSchema = Type.Object(
  {
    id: Uuid,
    number: Type.String({ description: '办件编号：区划-日期-序号' }),
    status: CaseStatusSchema,
    channel: CaseChannelSchema,
    division: DivisionCode12,
    item: Type.Object(
      {
        code: Type.String(),
        version: Type.Integer({
          minimum: 1,
          description: '受理所依据的事项版本，此后不随事项调整而变',
        }),
        name: Type.String(),
      },
      { additionalProperties: false },
    ),
    applicant: ApplicantSchema,
    materials: Type.Array(
      Type.Object(
        { key: Type.String(), name: Type.String(), documentRef: Type.String() },
        { additionalProperties: false },
      ),
    ),
    limits: Type.Object(
      {
        statutory: Type.Integer({ minimum: 0, description: '法定时限（工作日）' }),
        promised: Type.Integer({ minimum: 0, description: '承诺时限（工作日）' }),
      },
      { additionalProperties: false },
    ),
    clock: CaseClockSchema,
    agent: Type.Union(
      [
        Type.Object(
          { username: Type.String(), division: DivisionCode12 },
          { additionalProperties: false },
        ),
        Type.Null(),
      ],
      { description: '代为提交的便民代办员及其服务的村（社区）' },
    ),
    tasks: Type.Array(
      Type.Object(
        {
          department: Type.String({ description: '部门统一社会信用代码' }),
          lead: Type.Boolean({ description: '牵头部门' }),
          status: Type.Union(
            [
              Type.Literal('open'),
              Type.Literal('awaiting-material'),
              Type.Literal('approved'),
              Type.Literal('denied'),
            ],
            { description: '审查中 / 等待补充材料 / 同意 / 不同意' },
          ),
          reason: Type.Optional(Type.String()),
          decidedAt: Type.Optional(Timestamp),
        },
        { additionalProperties: false },
      ),
      { description: '并联审批：各部门的审批任务（非并联事项为空）' },
    ),
    verifications: Type.Array(
      Type.Object(
        {
          id: Uuid,
          system: Type.String(),
          kind: Type.String(),
          subject: Type.String({ description: '被核查的对象（已脱敏）' }),
          status: Type.String({
            description: 'pending / verified / mismatch / not-found / timed-out',
          }),
          detail: Type.Optional(Type.String()),
          requestedAt: Timestamp,
          answeredAt: Type.Optional(Timestamp),
        },
        { additionalProperties: false },
      ),
      { description: '联网核查记录' },
    ),
    fee: Type.Object(
      {
        status: FeeStatusSchema,
        dueFen: Type.Integer({ minimum: 0, description: '应缴金额（分）' }),
        paidFen: Type.Integer({ minimum: 0, description: '已缴未退金额（分）' }),
      },
      { additionalProperties: false },
    ),
    receivedAt: Timestamp,
    updatedAt: Timestamp,
    sequence: Type.Integer({ minimum: 1, description: '每次变更加一' }),
  },
  { $id: 'Case', additionalProperties: false },
);
export type Case = Static<typeof CaseSchema>;

export const SubmitCaseRequestSchema = Type.Object(
  {
    itemCode: Text(120, '所申请事项的编码（现行版本）'),
    division: DivisionCode12,
    applicant: ApplicantInputSchema,
    materials: Type.Array(SubmittedMaterialSchema, { maxItems: 100 }),
    residence: Type.Optional(
      Type.String({
        pattern: '^\\d{12}$',
        description:
          '申请人常住的村（社区）（12 位区划代码）：代办员代办时必填，须在代办员的服务范围内',
      }),
    ),
  },
  { $id: 'SubmitCaseRequest', additionalProperties: false },
);
export type SubmitCaseRequest = Static<typeof SubmitCaseRequestSchema>;

export const SubmittedCaseSchema = Type.Object(
  {
    case: CaseSchema,
    queryCode: Type.String({
      description: '查询码：凭办件编号和查询码查询办理进度，仅在提交时给出一次',
    }),
  },
  { $id: 'SubmittedCase', additionalProperties: false },
);
export type SubmittedCase = Static<typeof SubmittedCaseSchema>;

export const ListCasesRequestSchema = Type.Object(
  {
    division: Type.Optional(
      Type.String({
        pattern: '^(\\d{6}|\\d{12})$',
        description: '只看该区划及其下级的办件；须在本人管辖范围内，不传则为本人管辖范围',
      }),
    ),
    status: Type.Optional(CaseStatusSchema),
    itemCode: Type.Optional(Text(120)),
    applicantId: Type.Optional(
      Type.String({
        pattern: '^([0-9]{17}[0-9Xx]|[0-9A-HJ-NPQRTUWXY]{18})$',
        description: '申请人的居民身份证号码或统一社会信用代码（按盲索引查找，不解密）',
      }),
    ),
    deadline: Type.Optional(
      Type.Union([Type.Literal('promised'), Type.Literal('statutory')], {
        description: '下列期限条件所指的期限：承诺期限（默认）或法定期限',
      }),
    ),
    dueFrom: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description: '期限届满日不早于该日（YYYY-MM-DD，只含计时中的办件）',
      }),
    ),
    dueTo: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-\\d{2}-\\d{2}$',
        description: '期限届满日不晚于该日（YYYY-MM-DD，只含计时中的办件）',
      }),
    ),
    overdue: Type.Optional(
      Type.Boolean({ description: 'true：只看已超期仍在计时的办件；false：只看未超期的' }),
    ),
    atRisk: Type.Optional(
      Type.Literal(true, {
        description: 'true：只看临期办件（计时中，已到黄色预警日、尚未超过期限）',
      }),
    ),
    department: Type.Optional(
      Type.String({
        pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
        description: '承办部门（统一社会信用代码）',
      }),
    ),
    window: Type.Optional(Text(20, '转交的窗口编号')),
    ...PageRequestFields,
  },
  { $id: 'ListCasesRequest', additionalProperties: false },
);
export type ListCasesRequest = Static<typeof ListCasesRequestSchema>;

export const CaseSummarySchema = Type.Object(
  {
    id: Uuid,
    number: Type.String(),
    status: CaseStatusSchema,
    division: DivisionCode12,
    itemCode: Type.String(),
    itemName: Type.String(),
    clockPhase: Type.String({
      description: '计时状态：not-started / running / suspended / stopped',
    }),
    statutoryDueDate: Type.Union([LocalDate, Type.Null()]),
    promisedDueDate: Type.Union([LocalDate, Type.Null()]),
    receivedAt: Timestamp,
    updatedAt: Timestamp,
  },
  { $id: 'CaseSummary', additionalProperties: false },
);
export type CaseSummary = Static<typeof CaseSummarySchema>;
export const CaseSummaryPageSchema = PageOf(CaseSummarySchema, 'CaseSummaryPage');
export type CaseSummaryPage = Static<typeof CaseSummaryPageSchema>;

export const GetCaseRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetCaseRequest', additionalProperties: false },
);

export const CaseProgressRequestSchema = Type.Object(
  {
    number: Type.String({ minLength: 10, maxLength: 60, description: '办件编号' }),
    queryCode: Type.String({ minLength: 4, maxLength: 20, description: '查询码' }),
  },
  { $id: 'CaseProgressRequest', additionalProperties: false },
);

/** What anyone holding the case number and query code may see: no personal data. */
export const CaseProgressSchema = Type.Object(
  {
    number: Type.String(),
    status: CaseStatusSchema,
    statusLabel: Type.String(),
    itemName: Type.String(),
    receivedOn: LocalDate,
    updatedAt: Timestamp,
  },
  { $id: 'CaseProgress', additionalProperties: false },
);
export type CaseProgress = Static<typeof CaseProgressSchema>;
