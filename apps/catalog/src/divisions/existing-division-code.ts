import { GovError } from '@gov/contracts';
import { tryParseDivisionCode } from '@gov/division';
import { type EntityManager } from '@mikro-orm/postgresql';

/** The 12-digit code of a division in the catalogue (abolished ones too); 400 or 404 otherwise. */
export async function existingDivisionCode(em: EntityManager, rawCode: string): Promise<string> {
  const parsed = tryParseDivisionCode(rawCode);
  if (!parsed.ok) {
    throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { code: rawCode });
  }
  const code = parsed.code.value;
  const found = await em
    .getConnection()
    .execute<{ code: string }[]>('select code from catalog.division where code = ?', [code]);
  if (found.length === 0) throw new GovError('CATALOG.DIVISION_NOT_FOUND', undefined, { code });
  return code;
}
