// Dates and numbers as people read them (дд.мм.гггг, decimal comma), and no file paths, ISO dates or decimal
// points in the fixed texts of the add-on, its sidebar and the extension.
import { describe, expect, it } from 'vitest';
import { R, S } from '../../../apps-script/src/strings';
import { T } from '../../../apps-script/ui/sidebar/strings';
import { en, ru } from '../../../extension/strings';
import { ruDate, ruNumber, shownValue } from '../../../shared/text/display';

/** Every string leaf of a strings module, with its path. */
function leaves(o: unknown, path = ''): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (Array.isArray(o)) return o.flatMap((v, i) => leaves(v, `${path}[${i}]`));
  if (o && typeof o === 'object') return Object.entries(o).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
  return [];
}

describe('display', () => {
  it('dates дд.мм.гггг, from a date or a timestamp', () => {
    expect(ruDate('2026-12-11')).toBe('11.12.2026');
    expect(ruDate('2026-12-11T08:30:00.000Z')).toBe('11.12.2026');
    expect(ruDate('не дата')).toBe('не дата');
  });

  it('numbers with a decimal comma, rounded when asked', () => {
    expect(ruNumber(4.83)).toBe('4,83');
    expect(ruNumber(4.8333, 2)).toBe('4,83');
    expect(ruNumber(13)).toBe('13');
  });

  it('a value shown whatever form its field takes: ISO date and decimal point as a person reads them', () => {
    expect(shownValue('2024-05-31')).toBe('31.05.2024');
    expect(shownValue('41.25')).toBe('41,25');
    expect(shownValue(41.25)).toBe('41,25');
    expect(shownValue('СОШ № 5')).toBe('СОШ № 5');
    expect(shownValue(true)).toBe('true');
  });

  it('the sidebar writes a pair’s points with a comma («4,83 из 13»)', () => {
    expect(T.score(37, 4.83, 13)).toBe('37% (4,83 из 13)');
  });

  it('fixed texts cite no file path, ISO date or decimal point', () => {
    const all = [
      ...leaves(S, 'S'),
      ...leaves(R, 'R'),
      ...leaves(T, 'T'),
      ...leaves(ru, 'ru'),
      ...leaves(en, 'en'),
      // A message built with no address: the one that used to cite docs/report-addon.md.
      ['R.webKey.show', R.webKey.show('ключ', null)] as [string, string],
    ];
    // An IP address (127.0.0.1) is an address, not a number.
    const bad = all.filter(([, s]) =>
      /docs\/|\.md\b|\b\d{4}-\d{2}-\d{2}\b|\d\.\d/.test(s.replace(/\b\d+(\.\d+){3}\b/g, '')),
    );
    expect(bad).toEqual([]);
  });
});
