import { Type } from '@sinclair/typebox';

/** Reusable field schemas. Patterns rather than `format`s, so every validator agrees without setup. */
export const DivisionCode12 = Type.String({
  pattern: '^\\d{12}$',
  description: '12 位统计用区划代码 (PP CC DD TTT VVV)',
  examples: ['330102001001'],
});

/** A division code as people type it: 6-digit GB/T 2260 or 12-digit statistical code. */
export const DivisionCodeInput = Type.String({
  pattern: '^(\\d{6}|\\d{12})$',
  description: '6 位 GB/T 2260 代码或 12 位统计用区划代码',
  examples: ['330102', '330102001001'],
});

export const Uuid = Type.String({
  pattern: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
});

export const Timestamp = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})$',
  description: 'RFC 3339 timestamp',
});
