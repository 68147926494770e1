import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';

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

const LOCAL_DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

/** A calendar date of the division catalogue (Asia/Shanghai), `YYYY-MM-DD`, described for its field. */
export function divisionDateField(description = '日期 YYYY-MM-DD') {
  return Type.String({ pattern: LOCAL_DATE_PATTERN, description, examples: ['2026-12-01'] });
}

export const DivisionSchema = Type.Object(
  {
    code: DivisionCode12,
    name: Type.String({ minLength: 1, maxLength: 100 }),
    level: DivisionLevelSchema,
    parentCode: Type.Union([DivisionCode12, Type.Null()]),
    // Optional only so replies written before validity existed still validate; the catalog
    // always sends all three.
    validFrom: Type.Optional(
      Type.Union([divisionDateField(), Type.Null()], {
        description: '启用日期；null 表示目录建立前即已存在',
      }),
    ),
    validTo: Type.Optional(
      Type.Union([divisionDateField(), Type.Null()], {
        description: '撤销日期（当日起不再有效）；null 表示仍有效',
      }),
    ),
    successorCodes: Type.Optional(
      Type.Array(DivisionCode12, {
        maxItems: 50,
        description: '撤销后承继其辖区的区划（合并、更名换码、拆分）；未撤销时为空',
      }),
    ),
  },
  { $id: 'Division', additionalProperties: false },
);
export type Division = Static<typeof DivisionSchema>;

export const GetDivisionRequestSchema = Type.Object(
  { code: DivisionCodeInput },
  { $id: 'GetDivisionRequest', additionalProperties: false },
);
export type GetDivisionRequest = Static<typeof GetDivisionRequestSchema>;

const AsOf = Type.Optional(
  divisionDateField('只看该日有效的区划（含当日启用的，不含当日撤销的）；不传则含已撤销的区划'),
);

export const ListDivisionChildrenRequestSchema = Type.Object(
  { code: DivisionCodeInput, asOf: AsOf, ...PageRequestFields },
  { $id: 'ListDivisionChildrenRequest', additionalProperties: false },
);
export type ListDivisionChildrenRequest = Static<typeof ListDivisionChildrenRequestSchema>;

export const ListDivisionSubtreeRequestSchema = Type.Object(
  { code: DivisionCodeInput, asOf: AsOf, ...PageRequestFields },
  { $id: 'ListDivisionSubtreeRequest', additionalProperties: false },
);
export type ListDivisionSubtreeRequest = Static<typeof ListDivisionSubtreeRequestSchema>;

export const DivisionPageSchema = PageOf(DivisionSchema, 'DivisionPage');
export type DivisionPage = Static<typeof DivisionPageSchema>;
