import { GovError } from '@gov/contracts';
import { type DivisionCode, tryParseDivisionCode } from '@gov/division';
import { type EntityManager } from '@mikro-orm/postgresql';
import { Division } from '../divisions/division.entity';
import { CalendarLayerRecord } from './calendar-layer-record.entity';
import { type LayerView, officialAnnouncements } from './calendar-layer-view';

/** A division code as given (6 or 12 digits); 400 CATALOG.DIVISION_CODE_INVALID otherwise. */
export function parseDivisionInput(raw: string): DivisionCode {
  const parsed = tryParseDivisionCode(raw);
  if (!parsed.ok) {
    throw new GovError('CATALOG.DIVISION_CODE_INVALID', parsed.message, { division: raw });
  }
  return parsed.code;
}

/** The division and every one above it, province first; 404 when the division is not catalogued. */
export async function divisionChain(em: EntityManager, code: DivisionCode): Promise<Division[]> {
  const codes = [...code.ancestors(), code].map((division) => division.value);
  const found = await em.find(Division, { code: { $in: codes } });
  const byCode = new Map(found.map((division) => [division.code, division]));
  if (!byCode.has(code.value)) {
    throw new GovError('CATALOG.DIVISION_NOT_FOUND', undefined, { code: code.value });
  }
  return codes.flatMap((value) => byCode.get(value) ?? []);
}

/**
 * The layers of these divisions (province first) as stored; a province with nothing stored yet
 * follows the announcements `@gov/calendar` carries, other levels without a layer are skipped.
 */
export async function layerViews(
  em: EntityManager,
  divisions: readonly Division[],
): Promise<LayerView[]> {
  const records = await em.find(CalendarLayerRecord, {
    division: { $in: divisions.map((division) => division.code) },
  });
  const byDivision = new Map(records.map((record) => [record.division, record]));
  return divisions.flatMap((division): LayerView[] => {
    const record = byDivision.get(division.code);
    if (record) return [record.view(division.name, record.version)];
    if (division.level !== 'province') return [];
    return [
      {
        division: division.code,
        name: division.name,
        version: 0,
        announcements: officialAnnouncements(),
        overrides: [],
      },
    ];
  });
}
