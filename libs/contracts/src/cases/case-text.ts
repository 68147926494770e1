import { Type } from '@sinclair/typebox';

/** A required line of text: at most `maxLength` characters, not blank. */
export const Text = (maxLength: number, description?: string) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...(description ? { description } : {}) });
