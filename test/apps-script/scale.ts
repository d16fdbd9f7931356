/** Runs setup, import and refresh on a roadmap of n rows and counts the service calls of each (bench and test). */
import { join } from 'node:path';
import { createDouble, loadAddon } from '../double';
import { built_ } from './harness';

const DEADLINES = [
  'Январь 2023г.',
  'До 21.11.2022г',
  '10.11.2022 г',
  'В течение года',
  'Ноябрь, апрель ежегодно',
  'Сентябрь - октябрь',
  'когда получится',
];

export function roadmapText(n: number): string {
  const lines = [
    'Дорожная карта на 2022-2023 учебный год',
    '№\tНаименование этапа\tСодержание деятельности\tСроки\tОтветственные',
  ];
  for (let i = 1; i <= n; i++)
    lines.push(
      `${i}.\tЭтап ${1 + Math.floor(i / 10)}\tМероприятие номер ${i}\t${DEADLINES[i % DEADLINES.length]}\tКуратор наставничества`,
    );
  return lines.join('\n');
}

export interface ScaleResult {
  rows: number;
  calls: { setup: Record<string, number>; import: Record<string, number>; refresh: Record<string, number> };
  ms: { setup: number; import: number; refresh: number };
}

export async function measure(n: number): Promise<ScaleResult> {
  const b = await built_();
  const double = createDouble({ distDir: b.outDir, today: '2022-11-15' });
  const addon = loadAddon(join(b.outDir, 'Code.js'), double);
  const step = (name: string, before?: () => void, args: unknown[] = []) => {
    before?.();
    double.log.reset();
    const t = performance.now();
    addon.run(name, ...args);
    return { calls: double.log.snapshot(), ms: performance.now() - t };
  };
  const setup1 = step('menuSetup');
  const imp = step('importRoadmapCells', undefined, [
    { source: roadmapText(n), period: null, mode: 'append' },
  ]);
  const sheet = double.sheet('Дорожная карта')!;
  // The curator retypes every 10th «Сроки» cell behind the add-on's back, then refreshes.
  const refresh = step('menuRefreshDeadlines', () => {
    for (let r = 2; r <= n + 1; r += 10) sheet._set(r, 7, 'Май 2023');
  });
  const setup2 = step('menuSetup');
  void setup1;
  return {
    rows: n,
    calls: { setup: setup2.calls, import: imp.calls, refresh: refresh.calls },
    ms: { setup: setup2.ms, import: imp.ms, refresh: refresh.ms },
  };
}

export const total = (calls: Record<string, number>, except: string[] = []) =>
  Object.entries(calls)
    .filter(([k]) => !except.includes(k))
    .reduce((s, [, v]) => s + v, 0);
