import { describe, expect, it } from 'vitest';
import {
  choiceSense,
  kindsFit,
  labelKind,
  periodOf,
  scoreIndicators,
  Vocabulary,
} from '../../../extension/autofill/match';
import { packageFromVocabulary } from '../../../shared/report/vocabulary';

const report = {
  school_name: 'МАОУ «Гимназия № 3»',
  period: '2024/2025 учебный год',
  report_date: '2024-12-16',
  mentors_total: 23,
  mentors_teachers: 15,
  pairs_total: 22,
  groups_total: 12,
  pairs_and_groups_total: 34,
  curator_email: 'a@b.example',
  curator_name: 'Иванова Мария Петровна',
};
const pkg = packageFromVocabulary(report, '2024-12-16');
const vocabulary = new Vocabulary(pkg.indicators, [2024, 2025]);
const best = (own: string, lead: string[] = [], context: string[] = []) =>
  vocabulary.score({ own, lead, context }, labelKind(own), () => true)[0]?.key;

describe('kinds of value', () => {
  it('a name field never takes a link, a count never a share, a comment no e-mail', () => {
    expect(kindsFit(labelKind('ФИО куратора'), 'link')).toBe(false);
    expect(kindsFit(labelKind('Количество наставников, чел.'), 'percent')).toBe(false);
    expect(kindsFit(labelKind('Комментарий ответственного'), 'email')).toBe(false);
    expect(kindsFit(labelKind('Электронная почта'), 'email')).toBe(true);
  });
  it('reads the kind from the wording', () => {
    expect(labelKind('Ф.И.О. полностью')).toBe('name');
    expect(labelKind('Ответственный:')).toBe('name');
    expect(labelKind('Доля педагогов, %')).toBe('percent');
    expect(labelKind('Код по ОКПО')).toBe('code');
  });
});

describe('a list of years is a period, not numbers', () => {
  it('school years and calendar years are no counts; count ranges and plain numbers are', () => {
    expect(choiceSense(['2023–2024', '2024–2025', '2025–2026'])).toBeNull();
    expect(choiceSense(['2024/25', '2025/26'])).toBeNull();
    expect(choiceSense(['2024', '2025'])).toBeNull();
    expect(choiceSense(['0–5', '6–10', '11 и более'])).toBe(null);
    expect(choiceSense(['0–5', '6–10'])).toBe('number');
    expect(choiceSense(['1', '2', '3'])).toBe('number');
    expect(choiceSense(['2024–2030', '2031–2040'])).toBe('number');
  });

  it('a blank labelled only «за» (a form’s title line «Сведения … за ____») is the period; «за» in words is not', () => {
    expect(scoreIndicators('за', 'text')[0]?.key).toBe('report.period');
    expect(scoreIndicators('за:', 'text')[0]?.key).toBe('report.period');
    // A number field labelled «за» (votes «за / против») cannot take a period.
    expect(scoreIndicators('за', 'number')).toEqual([]);
    expect(scoreIndicators('Сумма за год', 'text')).toEqual([]);
    expect(scoreIndicators('за 2024 год', 'text')).toEqual([]);
  });

  it('a «Учебный год» list of years is offered the report period', () => {
    const options = ['2023–2024', '2024–2025', '2025–2026'];
    expect(scoreIndicators('Учебный год', 'aria-listbox', { options })[0]?.key).toBe('report.period');
  });
});

describe('another period is not the report', () => {
  it('last year and next year are flagged, the report year is a qualifier', () => {
    expect(periodOf('Численность наставников в прошлом учебном году', new Set([2024, 2025])).other).toBe(
      true,
    );
    expect(periodOf('Плановое значение на 2025/2026 учебный год', new Set([2024, 2025])).other).toBe(true);
    expect(
      periodOf('Утверждена ли дорожная карта на 2024/2025 учебный год?', new Set([2024, 2025])).other,
    ).toBe(false);
  });
});

describe('words read with their structure', () => {
  it('«Всего» is not a stop word: pairs alone are not pairs and groups', () => {
    expect(best('Всего наставнических пар, ед.', [], ['Наставнические пары и группы'])).toBe('pairs.pairs');
    expect(best('Количество пар и групп')).toBe('pairs.total');
  });
  it('a sub-row reads with its parent: «в т. ч. педагогические работники» under mentors', () => {
    expect(best('в т. ч. педагогические работники', ['Наставники'])).toBe('mentors.teachers');
    expect(best('Всего, чел.', ['Наставники'])).toBe('mentors.total');
  });
});

describe('context and kind weigh less than the field’s own words', () => {
  const top = (label: string, context: string[] = []) => scoreIndicators(label, 'text', { context })[0]?.key;
  it('a section caption naming both («Пары и группы») does not turn a pairs row into pairs and groups', () => {
    expect(best('Наставнических пар', [], ['Пары и группы'])).toBe('pairs.pairs');
  });
  it('a «%» field asks a share: «Охват педагогов, %» is all teachers, not the young ones', () => {
    expect(top('Охват педагогов, %', ['Охват наставничеством'])).toBe('coverage.teachers.share');
  });
});
