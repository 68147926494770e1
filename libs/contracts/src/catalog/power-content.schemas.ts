import { Type, type Static } from '@sinclair/typebox';

// What a catalogue administrator writes into a version of a power (行政职权, DOMAIN.md §3): its
// legal bases, its flow (运行流程) with the responsibility of each step, supervision and discretion.

export const PowerCode = Type.String({
  pattern: '^[A-Z]{2}[0-9]{8}$',
  description:
    '权力事项编码，省内唯一：类别代码 2 位 + 主项 5 位 + 子项 3 位（无子项为 000），如 XK00101000',
  examples: ['XK00101000'],
});

export const OrganCreditCode = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  description: '实施主体（部门）的统一社会信用代码；须为部门目录中、本辖区内的部门',
  examples: ['11330102002528004D'],
});

/** Text a person writes: at least one visible character, at most `maxLength`. */
export const PowerText = (maxLength: number, description: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', description });

export const LegalBasisSchema = Type.Object(
  {
    law: PowerText(200, '法律、法规或规章名称，如 《中华人民共和国食品安全法》'),
    article: PowerText(100, '条款，如 第三十五条第一款'),
    text: PowerText(5000, '条文内容'),
  },
  { $id: 'PowerLegalBasis', additionalProperties: false },
);
export type LegalBasis = Static<typeof LegalBasisSchema>;

export const StepId = Type.String({
  pattern: '^[A-Za-z0-9_-]{1,32}$',
  description: '步骤标识，在本流程内唯一',
  examples: ['accept'],
});

export const FlowStepSchema = Type.Object(
  {
    id: StepId,
    name: PowerText(100, '步骤名称，如 受理'),
    role: PowerText(100, '责任岗位或角色，如 窗口受理人员'),
    responsibility: PowerText(2000, '责任事项：本步骤须做什么、承担什么责任'),
    next: Type.Array(
      Type.Object(
        {
          to: StepId,
          condition: Type.Optional(PowerText(100, '走向该步骤的条件，如 材料齐全')),
        },
        { additionalProperties: false },
      ),
      { maxItems: 20, description: '下一步；为空表示流程在此结束' },
    ),
  },
  { $id: 'PowerFlowStep', additionalProperties: false },
);
export type FlowStep = Static<typeof FlowStepSchema>;

export const SupervisionSchema = Type.Object(
  {
    measures: Type.Array(PowerText(500, '监督方式，如 电子监察系统全程监督'), {
      minItems: 1,
      maxItems: 20,
    }),
    phone: Type.String({
      pattern: '^([0-9]{3,4}-)?[0-9]{5,8}(-[0-9]{1,6})?$',
      description: '监督电话，如 0571-12345 或 12315',
      examples: ['0571-12345'],
    }),
  },
  { $id: 'PowerSupervision', additionalProperties: false },
);
export type Supervision = Static<typeof SupervisionSchema>;

export const SanctionRangeSchema = Type.Object(
  {
    min: Type.Integer({ minimum: 0, description: '下限（含）' }),
    max: Type.Integer({ minimum: 0, description: '上限（含），不小于下限' }),
    unit: Type.Union([Type.Literal('fen'), Type.Literal('times'), Type.Literal('days')], {
      description: 'fen：金额（分）；times：货值金额或违法所得的倍数；days：期限（日）',
    }),
  },
  { $id: 'PowerSanctionRange', additionalProperties: false },
);
export type SanctionRange = Static<typeof SanctionRangeSchema>;

export const DiscretionBenchmarkSchema = Type.Object(
  {
    violation: PowerText(500, '违法行为'),
    grade: PowerText(20, '违法程度，如 轻微、一般、较重、严重'),
    circumstances: PowerText(2000, '适用情形'),
    sanctions: Type.Array(
      Type.Object(
        {
          kind: PowerText(50, '处罚或强制措施的种类，如 罚款、没收违法所得、警告、查封'),
          range: Type.Optional(SanctionRangeSchema),
          note: Type.Optional(PowerText(500, '补充说明')),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 10 },
    ),
  },
  { $id: 'PowerDiscretionBenchmark', additionalProperties: false },
);
export type DiscretionBenchmark = Static<typeof DiscretionBenchmarkSchema>;

/** What an administrator writes into a version of a power (create and edit alike). */
export const powerContentFields = {
  name: PowerText(200, '权力事项名称'),
  implementingOrgan: OrganCreditCode,
  legalBases: Type.Array(LegalBasisSchema, {
    maxItems: 50,
    description: '法律依据；须有法律依据的类别至少一项方可发布',
  }),
  flow: Type.Array(FlowStepSchema, {
    minItems: 1,
    maxItems: 100,
    description: '运行流程：唯一的起始步骤，经各步骤的 next 到达至少一个结束步骤，不得成环',
  }),
  supervision: SupervisionSchema,
  discretionBenchmarks: Type.Array(DiscretionBenchmarkSchema, {
    maxItems: 100,
    description: '裁量基准：仅适用裁量基准的类别（如 行政处罚、行政强制）可填写',
  }),
};
export const PowerContentSchema = Type.Object(powerContentFields, { additionalProperties: false });
export type PowerContent = Static<typeof PowerContentSchema>;
