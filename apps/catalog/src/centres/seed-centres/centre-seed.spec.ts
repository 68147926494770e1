import { parseDivisionCode } from '@gov/division';
import { readSeed } from '../../seed/read-seed';
import { type CentreSeed, type CentreSeedEntry, centreSeedProblems } from './centre-seed';

const { divisions } = readSeed<{ divisions: { code: string }[] }>('divisions.json');
const { departments } = readSeed<{ departments: { creditCode: string; division: string }[] }>(
  'departments.json',
);
const seed = readSeed<CentreSeed>('centres.json');
const divisionCodes = new Set(divisions.map((division) => division.code));
const departmentDivisions = new Map(departments.map((d) => [d.creditCode, d.division]));
const problemsOf = (centres: CentreSeedEntry[]) =>
  centreSeedProblems({ centres }, divisionCodes, departmentDivisions);

describe('the centre seed (deploy/seed/centres.json)', () => {
  it('keeps every rule the commands enforce', () => {
    expect(problemsOf([...seed.centres])).toEqual([]);
  });

  it('has a centre in every province, city, county and township of the sample province', () => {
    const withCentre = new Set(seed.centres.map((centre) => centre.division));
    const missing = divisions
      .map((division) => division.code)
      .filter((code) => parseDivisionCode(code).level !== 'village' && !withCentre.has(code));
    expect(missing).toEqual([]);
  });

  it('has 便民服务站 in exactly the two agent villages', () => {
    const villages = seed.centres
      .filter((centre) => parseDivisionCode(centre.division).level === 'village')
      .map((centre) => centre.division);
    expect(villages.sort()).toEqual(['330102001001', '330212101201']);
  });

  it('gives every county centre a few windows', () => {
    const counties = seed.centres.filter(
      (centre) => parseDivisionCode(centre.division).level === 'county',
    );
    expect(counties).toHaveLength(4);
    for (const county of counties) expect(county.windows?.length).toBeGreaterThanOrEqual(2);
  });
});

describe('the centre seed check', () => {
  const county = seed.centres.find((centre) => centre.division === '330102000000');
  if (!county) throw new Error('the seed lacks 上城区');

  it('finds a window accepting a department that is not resident', () => {
    const window = { number: '99', name: '测试窗口', kind: 'payment' as const };
    const problems = problemsOf([
      { ...county, windows: [{ ...window, departments: ['11330106002531006J'] }] },
    ]);
    expect(problems).toEqual([expect.stringContaining('accepts 11330106002531006J')]);
  });

  it('finds a resident department of a neighbouring county', () => {
    const problems = problemsOf([
      { ...county, residentDepartments: ['11330106002531006J'], windows: [] },
    ]);
    expect(problems).toEqual([expect.stringContaining('no department of the division or above')]);
  });

  it('finds two windows with one number and two centres in one division', () => {
    const windows = county.windows ?? [];
    const problems = problemsOf([
      { ...county, windows: [...windows, ...windows.slice(0, 1)] },
      { ...county, windows: [] },
    ]);
    expect(problems).toEqual([
      expect.stringContaining('window 01 twice'),
      expect.stringContaining('a second centre'),
    ]);
  });
});
