/** Imported roadmap items as «Дорожная карта» records, with IDs continuing after those already on the sheet. */
import { RoadmapItem } from '../model';
import { nextId } from '../sheets/codec';
import { ROADMAP_SHEET } from '../sheets/roadmap';
import type { ImportedItem } from './importer';

export interface RecordOptions {
  /** IDs already in the sheet: new ones continue after them (DK-0001, DK-0002, …). */
  takenIds?: Iterable<string>;
  /** Or the caller's own IDs, one per item. */
  ids?: readonly string[];
}

/** Imported (or template) items → RoadmapItem records for the sheet, validated by the model's schema. */
export function toRoadmapItems(items: readonly ImportedItem[], options: RecordOptions = {}): RoadmapItem[] {
  const taken = new Set(options.takenIds ?? []);
  return items.map((it, i) =>
    RoadmapItem.parse({
      id: options.ids?.[i] ?? nextId(ROADMAP_SHEET.idPrefix, taken),
      section: it.section,
      stageNumber: it.stageNumber,
      stage: it.stage,
      activity: it.activity || it.stage || it.content,
      content: it.content,
      deadlineText: it.deadlineText,
      deadline: it.deadline,
      responsible: it.responsible,
      done: false,
      doneDate: null,
      note: '',
    }),
  );
}
