import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput } from '../schema/formats';

export const DivisionLevelSchema = Type.Union(
  [
    Type.Literal('province'),
    Type.Literal('city'),
    Type.Literal('county'),
    Type.Literal('township'),
    Type.Literal('village'),
  ],
  { description: '省 / 市 / 县区 / 乡镇街道 / 村社区' },
);
export type DivisionLevel = Static<typeof DivisionLevelSchema>;

export const DivisionSchema = Type.Object(
  {
    code: DivisionCode12,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    level: DivisionLevelSchema,
    parentCode: Type.Union([DivisionCode12, Type.Null()]),
  },
  { $id: 'Division', additionalProperties: false },
);
export type Division = Static<typeof DivisionSchema>;

export const GetDivisionRequestSchema = Type.Object(
  { code: DivisionCodeInput },
  { $id: 'GetDivisionRequest', additionalProperties: false },
);
export type GetDivisionRequest = Static<typeof GetDivisionRequestSchema>;
