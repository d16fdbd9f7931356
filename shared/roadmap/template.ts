/** The standard roadmap for a school that starts without a document, read against a given year. */
import { parseDeadline } from './deadline';
import type { ImportedItem } from './importer';
import { academicYear, type Period, toPeriod } from './period';
import { STANDARD_STAGES } from './stages';

/**
 * A standard roadmap for a school that starts without a document: the stages the real roadmaps share,
 * with typical deadlines read against the given academic year (a start year such as 2024, a Period,
 * or text «2024-2025»). Months fall into the year by the academic-year rule.
 */
export function standardRoadmap(year: number | Period | string): ImportedItem[] {
  const period = typeof year === 'number' ? academicYear(year) : toPeriod(year);
  if (!period)
    throw new Error(`Не удалось понять учебный год «${String(year)}»: укажите, например, «2024-2025».`);
  const items: ImportedItem[] = [];
  STANDARD_STAGES.forEach((stage, i) => {
    for (const a of stage.activities) {
      items.push({
        section: '',
        stageNumber: String(i + 1),
        stage: stage.name,
        activity: a.activity,
        content: a.content,
        deadlineText: a.deadline,
        deadline: parseDeadline(a.deadline, period),
        responsible: [...a.responsible],
        sourceRow: 0,
      });
    }
  });
  return items;
}
