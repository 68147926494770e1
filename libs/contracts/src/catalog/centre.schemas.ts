import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { DepartmentSchema } from './department.schemas';

/** A department named by its unified social credit code (the `department` claim of tokens). */
export const DepartmentCreditCode = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  description: '部门的统一社会信用代码',
  examples: ['11330102002528004D'],
});

/** `?division=&includeSubtree=`: the filter of the public directory lists. */
export const DivisionFilterFields = {
  division: Type.Optional(
    Type.String({
      pattern: DivisionCodeInput.pattern,
      description: '只列该行政区划（6 位或 12 位代码）；不传则列出全部',
    }),
  ),
  includeSubtree: Type.Optional(
    Type.Boolean({ description: '为 true 时连同下级行政区划一并列出；默认只列本级' }),
  ),
};

export const ListDepartmentsRequestSchema = Type.Object(
  { ...DivisionFilterFields, ...PageRequestFields },
  { $id: 'ListDepartmentsRequest', additionalProperties: false },
);
export type ListDepartmentsRequest = Static<typeof ListDepartmentsRequestSchema>;

export const DepartmentPageSchema = PageOf(DepartmentSchema, 'DepartmentPage');
export type DepartmentPage = Static<typeof DepartmentPageSchema>;

export const CentreKindSchema = Type.Union(
  [Type.Literal('service-centre'), Type.Literal('convenience-centre'), Type.Literal('agent-point')],
  {
    description:
      '由所在区划的层级决定：省、市、县区为政务服务中心 (service-centre)，乡镇街道为便民服务中心 ' +
      '(convenience-centre)，村社区为便民服务站/代办点 (agent-point)',
  },
);
export type CentreKind = Static<typeof CentreKindSchema>;

const CentreName = Type.String({ minLength: 2, maxLength: 100, pattern: '\\S' });
const Address = Type.String({ minLength: 2, maxLength: 200, pattern: '\\S', description: '地址' });
const Phone = Type.String({
  pattern: '^[0-9][0-9 -]{2,28}[0-9]$',
  description: '咨询电话，如 0571-87000000 或 12345',
  examples: ['0571-87000000'],
});
const OpeningHours = Type.String({
  minLength: 2,
  maxLength: 200,
  pattern: '\\S',
  description: '办公时间，如“周一至周五 9:00-12:00，13:30-17:00（法定节假日除外）”',
});
const Version = Type.Integer({ minimum: 1, description: 'Grows by one with every change' });
const ExpectedVersion = Type.Integer({
  minimum: 1,
  description: '读取时的 version；若其间已被他人修改则拒绝 (乐观锁)',
});

export const ResidentDepartmentSchema = Type.Object(
  { creditCode: DepartmentCreditCode, name: Type.String() },
  { $id: 'ResidentDepartment', additionalProperties: false },
);

/** A service centre (政务服务中心 / 便民服务中心 / 便民服务站) of one division. */
export const CentreSchema = Type.Object(
  {
    id: Uuid,
    division: DivisionCode12,
    kind: CentreKindSchema,
    name: CentreName,
    address: Address,
    phone: Phone,
    openingHours: OpeningHours,
    residentDepartments: Type.Array(ResidentDepartmentSchema, {
      description: '进驻部门：其事项可在本中心窗口受理',
    }),
    version: Version,
  },
  { $id: 'Centre', additionalProperties: false },
);
export type Centre = Static<typeof CentreSchema>;

export const CentrePageSchema = PageOf(CentreSchema, 'CentrePage');
export type CentrePage = Static<typeof CentrePageSchema>;

export const ListCentresRequestSchema = Type.Object(
  { ...DivisionFilterFields, ...PageRequestFields },
  { $id: 'ListCentresRequest', additionalProperties: false },
);
export type ListCentresRequest = Static<typeof ListCentresRequestSchema>;

export const GetCentreRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetCentreRequest', additionalProperties: false },
);
export type GetCentreRequest = Static<typeof GetCentreRequestSchema>;

export const CreateCentreRequestSchema = Type.Object(
  {
    division: DivisionCode12,
    name: CentreName,
    address: Address,
    phone: Phone,
    openingHours: OpeningHours,
    residentDepartments: Type.Optional(
      Type.Array(DepartmentCreditCode, { maxItems: 100, uniqueItems: true }),
    ),
  },
  { $id: 'CreateCentreRequest', additionalProperties: false },
);
export type CreateCentreRequest = Static<typeof CreateCentreRequestSchema>;

export const UpdateCentreRequestSchema = Type.Object(
  {
    id: Uuid,
    version: ExpectedVersion,
    name: Type.Optional(CentreName),
    address: Type.Optional(Address),
    phone: Type.Optional(Phone),
    openingHours: Type.Optional(OpeningHours),
  },
  { $id: 'UpdateCentreRequest', additionalProperties: false },
);
export type UpdateCentreRequest = Static<typeof UpdateCentreRequestSchema>;

export const AddResidentDepartmentRequestSchema = Type.Object(
  { id: Uuid, creditCode: DepartmentCreditCode },
  { $id: 'AddResidentDepartmentRequest', additionalProperties: false },
);
export type AddResidentDepartmentRequest = Static<typeof AddResidentDepartmentRequestSchema>;

export const RemoveResidentDepartmentRequestSchema = Type.Object(
  { id: Uuid, creditCode: DepartmentCreditCode },
  { $id: 'RemoveResidentDepartmentRequest', additionalProperties: false },
);
export type RemoveResidentDepartmentRequest = Static<typeof RemoveResidentDepartmentRequestSchema>;

/** The data of `centre.created` and `centre.updated`: the centre as it now is. */
export const CentreChangedSchema = Type.Object(
  {
    id: Uuid,
    division: DivisionCode12,
    kind: CentreKindSchema,
    name: CentreName,
    address: Address,
    phone: Phone,
    openingHours: OpeningHours,
    residentDepartments: Type.Array(DepartmentCreditCode),
    changed: Type.Array(Type.String(), { description: '本次变更的字段；新建时为空' }),
  },
  { $id: 'CentreChanged', additionalProperties: false },
);
export type CentreChanged = Static<typeof CentreChangedSchema>;
