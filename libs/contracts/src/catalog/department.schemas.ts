import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, Uuid } from '../schema/formats';

const CreditCode = Type.String({
  pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$',
  description: '统一社会信用代码 (GB 32100-2015), 18 characters with its check character',
  examples: ['91350100M000100Y43'],
});
const DepartmentName = Type.String({ minLength: 2, maxLength: 100, pattern: '\\S' });

export const DepartmentSchema = Type.Object(
  {
    id: Uuid,
    creditCode: CreditCode,
    name: DepartmentName,
    division: DivisionCode12,
    version: Type.Integer({ minimum: 1, description: 'Grows by one with every change' }),
  },
  { $id: 'Department', additionalProperties: false },
);
export type Department = Static<typeof DepartmentSchema>;

export const CreateDepartmentRequestSchema = Type.Object(
  { creditCode: CreditCode, name: DepartmentName, division: DivisionCode12 },
  { $id: 'CreateDepartmentRequest', additionalProperties: false },
);
export type CreateDepartmentRequest = Static<typeof CreateDepartmentRequestSchema>;

export const RenameDepartmentRequestSchema = Type.Object(
  { id: Uuid, name: DepartmentName },
  { $id: 'RenameDepartmentRequest', additionalProperties: false },
);
export type RenameDepartmentRequest = Static<typeof RenameDepartmentRequestSchema>;

export const GetDepartmentRequestSchema = Type.Object(
  { id: Uuid },
  { $id: 'GetDepartmentRequest', additionalProperties: false },
);

export const DepartmentCreatedSchema = Type.Object(
  { id: Uuid, creditCode: CreditCode, name: DepartmentName, division: DivisionCode12 },
  { $id: 'DepartmentCreated', additionalProperties: false },
);
export const DepartmentRenamedSchema = Type.Object(
  { id: Uuid, name: DepartmentName, previousName: DepartmentName },
  { $id: 'DepartmentRenamed', additionalProperties: false },
);
