import { Type, type Static } from '@sinclair/typebox';
import { DivisionCode12, DivisionCodeInput } from '../schema/formats';
import { PageOf, PageRequestFields } from '../schema/page';
import { PowerText } from './power-content.schemas';

// Power categories (行政许可, 行政处罚, …) are configured per province, as data.

export const PowerCategoryCode = Type.String({
  pattern: '^[A-Z]{2}$',
  description: '权力类别代码：2 位大写字母，如 XK（行政许可）、CF（行政处罚）',
  examples: ['XK'],
});

const ProvinceCode = Type.String({
  pattern: '^[0-9]{2}0000(000000)?$',
  description: '省级行政区划代码（6 位或 12 位），如 330000',
  examples: ['330000'],
});

export const PowerCategorySchema = Type.Object(
  {
    province: DivisionCode12,
    code: PowerCategoryCode,
    name: PowerText(50, '类别名称，如 行政许可'),
    requiresLegalBasis: Type.Boolean({
      description: '该类别的权力事项须至少有一项法律依据方可发布（如 行政许可、非行政许可审批）',
    }),
    usesDiscretionBenchmarks: Type.Boolean({
      description: '该类别的权力事项可填写裁量基准（如 行政处罚、行政强制）',
    }),
    position: Type.Integer({ minimum: 1, maximum: 999, description: '在清单中的排序' }),
  },
  { $id: 'PowerCategory', additionalProperties: false },
);
export type PowerCategory = Static<typeof PowerCategorySchema>;

export const PowerCategoryPageSchema = PageOf(PowerCategorySchema, 'PowerCategoryPage');
export type PowerCategoryPage = Static<typeof PowerCategoryPageSchema>;

export const ListPowerCategoriesRequestSchema = Type.Object(
  {
    province: Type.String({
      pattern: DivisionCodeInput.pattern,
      description: '省或其下任一区划的代码（6 位或 12 位）：列出该省配置的权力类别',
    }),
    ...PageRequestFields,
  },
  { $id: 'ListPowerCategoriesRequest', additionalProperties: false },
);
export type ListPowerCategoriesRequest = Static<typeof ListPowerCategoriesRequestSchema>;

export const SavePowerCategoryRequestSchema = Type.Object(
  {
    code: PowerCategoryCode,
    province: ProvinceCode,
    name: PowerCategorySchema.properties.name,
    requiresLegalBasis: PowerCategorySchema.properties.requiresLegalBasis,
    usesDiscretionBenchmarks: PowerCategorySchema.properties.usesDiscretionBenchmarks,
    position: PowerCategorySchema.properties.position,
  },
  { $id: 'SavePowerCategoryRequest', additionalProperties: false },
);
export type SavePowerCategoryRequest = Static<typeof SavePowerCategoryRequestSchema>;
