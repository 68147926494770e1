import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput, Timestamp, Uuid } from '../schema/formats';
import { DIVISION_IMPORT_MAX_CONTENT_BYTES } from './division-import.limits';
import { divisionDateField, DivisionLevelSchema } from './division.schemas';

/** The most changes of each kind a report lists; the counts are always complete. */
export const DIVISION_IMPORT_REPORT_LIST_LIMIT = 500;

/** The most problems a failed import lists; `problemCount` says how many there were. */
export const DIVISION_IMPORT_PROBLEM_LIMIT = 500;

export const DivisionListFormatSchema = Type.Union(
  [Type.Literal('gb2260'), Type.Literal('stats')],
  {
    description:
      'gb2260：GB/T 2260 代码表（6 位代码 + 名称，制表符或逗号分隔）；' +
      'stats：统计用区划代码表（12 位代码、名称，可含城乡分类代码列；也读 modood CSV 的 2/4/6/9/12 位代码）',
  },
);
export type DivisionListFormat = Static<typeof DivisionListFormatSchema>;

const SuccessorMappingSchema = Type.Object(
  {
    code: DivisionCodeInput,
    successorCodes: Type.Array(DivisionCodeInput, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);

export const CreateDivisionImportRequestSchema = Type.Object(
  {
    format: Type.Optional(DivisionListFormatSchema),
    effectiveDate: divisionDateField('调整生效日期：新增区划自该日启用，撤销的区划自该日不再有效'),
    content: Type.String({
      minLength: 1,
      maxLength: DIVISION_IMPORT_MAX_CONTENT_BYTES,
      description:
        '代码表文本（UTF-8，每行一个区划，可有表头）。最多 900 KB；更大的清单请按省或地市拆分后分次导入',
    }),
    dryRun: Type.Optional(
      Type.Boolean({ description: '为 true 时只校验并给出变更报告，不写入目录' }),
    ),
    successors: Type.Optional(
      Type.Array(SuccessorMappingSchema, {
        maxItems: 5000,
        description: '撤销区划的承继区划（合并、换码、拆分），须为本次导入后仍有效的区划',
      }),
    ),
  },
  { $id: 'CreateDivisionImportRequest', additionalProperties: false },
);
export type CreateDivisionImportRequest = Static<typeof CreateDivisionImportRequestSchema>;

export const GetDivisionImportRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetDivisionImportRequest', additionalProperties: false },
);
export type GetDivisionImportRequest = Static<typeof GetDivisionImportRequestSchema>;

const Name = Type.String({ minLength: 1, maxLength: 100 });

const Count = Type.Integer({ minimum: 0 });
const ChangeCountsSchema = Type.Object(
  { added: Count, renamed: Count, abolished: Count, reinstated: Count, unchanged: Count },
  { additionalProperties: false, description: '各类变更的完整数目（报告中的列表每类最多 500 条）' },
);
export type DivisionChangeCounts = Static<typeof ChangeCountsSchema>;

export const DivisionImportReportSchema = Type.Object(
  {
    added: Type.Array(
      Type.Object(
        { code: DivisionCode12, name: Name, level: DivisionLevelSchema },
        { additionalProperties: false },
      ),
    ),
    renamed: Type.Array(
      Type.Object(
        { code: DivisionCode12, name: Name, previousName: Name },
        { additionalProperties: false },
      ),
    ),
    abolished: Type.Array(
      Type.Object(
        { code: DivisionCode12, name: Name, successorCodes: Type.Array(DivisionCode12) },
        { additionalProperties: false },
      ),
    ),
    reinstated: Type.Array(
      Type.Object({ code: DivisionCode12, name: Name }, { additionalProperties: false }),
    ),
    counts: ChangeCountsSchema,
  },
  { $id: 'DivisionImportReport', additionalProperties: false },
);
export type DivisionImportReport = Static<typeof DivisionImportReportSchema>;

export const DivisionImportProblemSchema = Type.Object(
  {
    line: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
      description: '代码表中的行号（从 1 起，含表头）；承继关系等不在代码表中的问题为 null',
    }),
    code: Type.String({ description: '错误码注册表中的代码' }),
    message: Type.String(),
    divisionCode: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { $id: 'DivisionImportProblem', additionalProperties: false },
);
export type DivisionImportProblem = Static<typeof DivisionImportProblemSchema>;

export const DivisionImportStateSchema = Type.Union(
  [
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('succeeded'),
    Type.Literal('failed'),
  ],
  { description: '排队 / 处理中 / 已完成 / 失败（失败时目录未作任何改动）' },
);
export type DivisionImportState = Static<typeof DivisionImportStateSchema>;

export const DivisionImportSchema = Type.Object(
  {
    id: Uuid,
    state: DivisionImportStateSchema,
    format: Type.Union([DivisionListFormatSchema, Type.Null()], {
      description: '识别出的格式；无法识别时为 null',
    }),
    effectiveDate: divisionDateField(),
    dryRun: Type.Boolean(),
    division: Type.String({
      pattern: DivisionCode12.pattern,
      description: '清单所在的最小区划（各行的共同上级）；其管辖范围内的目录管理员可查看',
    }),
    rowsTotal: Type.Integer({ minimum: 0 }),
    rowsProcessed: Type.Integer({ minimum: 0 }),
    report: Type.Union([DivisionImportReportSchema, Type.Null()], {
      description: '变更报告（试运行时为将要发生的变更）；完成前为 null',
    }),
    problems: Type.Array(DivisionImportProblemSchema, {
      description: '失败的原因，逐行列出（最多 500 条）',
    }),
    problemCount: Type.Integer({ minimum: 0 }),
    createdAt: Timestamp,
    startedAt: Type.Union([Timestamp, Type.Null()]),
    finishedAt: Type.Union([Timestamp, Type.Null()]),
  },
  { $id: 'DivisionImport', additionalProperties: false },
);
export type DivisionImport = Static<typeof DivisionImportSchema>;

export const DivisionListImportedSchema = Type.Object(
  {
    importId: Uuid,
    division: DivisionCode12,
    effectiveDate: divisionDateField(),
    counts: ChangeCountsSchema,
    changedCodes: Type.Array(DivisionCode12, {
      maxItems: 1000,
      description:
        '变更的区划代码（最多 1000 个；更多时 changedCodesComplete 为 false，请刷新整个 division 子树）',
    }),
    changedCodesComplete: Type.Boolean(),
  },
  { $id: 'DivisionListImported', additionalProperties: false },
);
export type DivisionListImported = Static<typeof DivisionListImportedSchema>;
