/** The «Документы» sheet's dictionary: the programme's documents with their kind, date and link. */
import { DOCUMENT_KIND_LABELS } from '../model';
import { idColumn } from './commonColumns';
import type { SheetDef } from './types';

export const DOCUMENTS_SHEET: SheetDef = {
  key: 'documents',
  title: 'Документы',
  titleAliases: ['Документы программы', 'Нормативные документы', 'Documents'],
  idPrefix: 'DOC',
  columns: [
    idColumn('ID'),
    {
      field: 'kind',
      header: 'Документ',
      aliases: ['Вид документа', 'Тип документа', 'Kind'],
      type: 'enum',
      required: true,
      owned: true,
      options: DOCUMENT_KIND_LABELS,
      width: 320,
    },
    {
      field: 'title',
      header: 'Название',
      aliases: ['Наименование', 'Title'],
      type: 'text',
      owned: true,
      width: 260,
    },
    {
      field: 'number',
      header: 'Номер',
      aliases: ['№', '№ документа', 'Number'],
      type: 'string',
      owned: true,
      width: 90,
    },
    {
      field: 'date',
      header: 'Дата',
      aliases: ['Дата документа', 'От', 'Date'],
      type: 'date',
      owned: true,
      width: 100,
    },
    {
      field: 'link',
      header: 'Ссылка',
      aliases: ['URL', 'Адрес', 'Ссылка на документ', 'Link'],
      type: 'link',
      owned: true,
      width: 280,
    },
  ],
};
