import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, Uuid } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { DepartmentCreditCode } from './centre.schemas';

export const WindowKindSchema = Type.Union(
  [
    Type.Literal('comprehensive'),
    Type.Literal('specialised'),
    Type.Literal('delivery'),
    Type.Literal('payment'),
  ],
  {
    description:
      'comprehensive 综合受理窗口（无差别受理多个部门的事项）· specialised 专科窗口（一个或少数部门的专业事项）' +
      ' · delivery 出件窗口（统一发放办理结果）· payment 收费窗口（一个窗口收费）',
  },
);
export type WindowKind = Static<typeof WindowKindSchema>;

const WindowNumber = Type.String({
  pattern: '^[0-9A-Z][0-9A-Z-]{0,9}$',
  description: '窗口号，在本中心内唯一，如 01、A12',
  examples: ['01'],
});
const WindowName = Type.String({ minLength: 2, maxLength: 100, pattern: '\\S' });
const WindowDepartments = Type.Array(DepartmentCreditCode, {
  minItems: 1,
  maxItems: 100,
  uniqueItems: true,
  description: '本窗口受理其事项的部门（统一社会信用代码），须为本中心的进驻部门',
});

/** A window (窗口) of a centre and the departments whose items it accepts. */
export const CentreWindowSchema = Type.Object(
  {
    id: Uuid,
    centreId: Uuid,
    division: DivisionCode12,
    number: WindowNumber,
    name: WindowName,
    kind: WindowKindSchema,
    departments: WindowDepartments,
    version: Type.Integer({ minimum: 1, description: 'Grows by one with every change' }),
  },
  { $id: 'CentreWindow', additionalProperties: false },
);
export type CentreWindow = Static<typeof CentreWindowSchema>;

export const CentreWindowPageSchema = PageOf(CentreWindowSchema, 'CentreWindowPage');
export type CentreWindowPage = Static<typeof CentreWindowPageSchema>;

export const ListCentreWindowsRequestSchema = Type.Object(
  { centreId: Uuid, ...PageRequestFields },
  { $id: 'ListCentreWindowsRequest', additionalProperties: false },
);
export type ListCentreWindowsRequest = Static<typeof ListCentreWindowsRequestSchema>;

export const GetCentreWindowRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetCentreWindowRequest', additionalProperties: false },
);
export type GetCentreWindowRequest = Static<typeof GetCentreWindowRequestSchema>;

export const CreateCentreWindowRequestSchema = Type.Object(
  {
    centreId: Uuid,
    number: WindowNumber,
    name: WindowName,
    kind: WindowKindSchema,
    departments: WindowDepartments,
  },
  { $id: 'CreateCentreWindowRequest', additionalProperties: false },
);
export type CreateCentreWindowRequest = Static<typeof CreateCentreWindowRequestSchema>;

export const UpdateCentreWindowRequestSchema = Type.Object(
  {
    id: Uuid,
    version: Type.Integer({
      minimum: 1,
      description: '读取时的 version；若其间已被他人修改则拒绝 (乐观锁)',
    }),
    number: Type.Optional(WindowNumber),
    name: Type.Optional(WindowName),
    kind: Type.Optional(WindowKindSchema),
    departments: Type.Optional(WindowDepartments),
  },
  { $id: 'UpdateCentreWindowRequest', additionalProperties: false },
);
export type UpdateCentreWindowRequest = Static<typeof UpdateCentreWindowRequestSchema>;

/** The data of `window.created` and `window.updated`: the window as it now is. */
export const CentreWindowChangedSchema = Type.Object(
  {
    id: Uuid,
    centreId: Uuid,
    division: DivisionCode12,
    number: WindowNumber,
    name: WindowName,
    kind: WindowKindSchema,
    departments: WindowDepartments,
    changed: Type.Array(Type.String(), { description: '本次变更的字段；新建时为空' }),
  },
  { $id: 'CentreWindowChanged', additionalProperties: false },
);
export type CentreWindowChanged = Static<typeof CentreWindowChangedSchema>;
