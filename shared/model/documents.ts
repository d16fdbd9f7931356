/** The programme's documents regional monitoring asks about: their kinds, Russian labels and the «Документы» record. */
import { z } from 'zod';
import { IsoDate, RowId } from './common';

/** The programme's papers that regional monitoring asks about («Наличие … (ссылка)»). */
export const DOCUMENT_KINDS = [
  'order-introduction',
  'regulation',
  'roadmap',
  'programme',
  'order-curator',
  'order-pairs',
  'rewarding',
  'site-section',
  'bank',
  'best-cases',
  'other',
] as const;
export const DocumentKind = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'order-introduction': 'Приказ о внедрении целевой модели наставничества',
  regulation: 'Положение о наставничестве',
  roadmap: 'Дорожная карта',
  programme: 'Программа наставничества',
  'order-curator': 'Приказ о назначении куратора',
  'order-pairs': 'Приказ о закреплении наставнических пар/групп',
  rewarding: 'Документ о поощрении наставников',
  'site-section': 'Раздел «Наставничество» на сайте',
  bank: 'База наставников и наставляемых',
  'best-cases': 'Опубликованные лучшие практики',
  other: 'Другой документ',
};

export const ProgrammeDocument = z.object({
  id: RowId,
  kind: DocumentKind,
  title: z.string().default(''),
  number: z.string().trim().default(''),
  date: IsoDate.nullable().default(null),
  link: z.string().trim().default(''),
});
export type ProgrammeDocument = z.infer<typeof ProgrammeDocument>;
