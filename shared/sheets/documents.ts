/** The «Документы» sheet's dictionary: the programme's documents with their kind, date and link. */
import { DOCUMENT_KIND_LABELS, ProgrammeDocument } from '../model';
import { idColumn } from './commonColumns';
import { defineSheet } from './types';

export const DOCUMENTS_SHEET = defineSheet(ProgrammeDocument, {
  key: 'documents',
  title: 'Документы',
  titleAliases: ['Документы программы', 'Нормативные документы', 'Documents'],
  idPrefix: 'DOC',
  columns: {
    id: idColumn('ID'),
    kind: {
      header: 'Документ',
      aliases: ['Вид документа', 'Тип документа', 'Kind'],
      type: 'enum',
      required: true,
      owned: true,
      options: DOCUMENT_KIND_LABELS,
      width: 320,
    },
    title: {
      header: 'Название',
      aliases: ['Наименование', 'Title'],
      type: 'text',
      owned: true,
      width: 260,
    },
    number: {
      header: 'Номер',
      aliases: ['№', '№ документа', 'Number'],
      type: 'string',
      owned: true,
      width: 90,
    },
    date: {
      header: 'Дата',
      aliases: ['Дата документа', 'От', 'Date'],
      type: 'date',
      owned: true,
      width: 100,
    },
    link: {
      header: 'Ссылка',
      aliases: ['URL', 'Адрес', 'Ссылка на документ', 'Link'],
      type: 'link',
      owned: true,
      width: 280,
    },
  },
});
