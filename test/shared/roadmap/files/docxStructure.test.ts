import { describe, expect, it } from 'vitest';
import { importRoadmapFile } from '../../../../shared/roadmap';
import { parseDocument, tableGrid } from '../../../../shared/roadmap/files/docx';
import { docx, p, tbl, tr } from './build';

/* Word structures one at a time, in documents built here: what each gives the importer. */

const HEADER = tr(['№ п/п', 'Наименование этапа', 'Мероприятия', 'Сроки', 'Ответственные'], { header: true });
const TITLE = [
  p('Дорожная карта', { bold: true }),
  p('реализации целевой модели наставничества', { bold: true }),
  p('в МБОУ «СОШ № 1» г. Энска', { bold: true }),
  p('на 2023-2024 учебный год', { bold: true }),
].join('');

async function read(body: string, parts?: Parameters<typeof docx>[1]) {
  return importRoadmapFile(docx(body, parts), 'карта.docx');
}

function fields(r: Awaited<ReturnType<typeof read>>) {
  return r.items.map((i) => [i.stageNumber, i.stage, i.activity, i.deadlineText, i.responsible.join(', ')]);
}

describe('Word tables', () => {
  it('vertically merged № and stage cells give their text to every row they cover', async () => {
    const r = await read(
      TITLE +
        tbl(5, [
          HEADER,
          tr([
            { paras: ['1.'], vMerge: 'restart' },
            { paras: ['Подготовка'], vMerge: 'restart' },
            'Издание приказа',
            { paras: ['Сентябрь'], vMerge: 'restart' },
            'Директор',
          ]),
          // A row starting with a lower-case word is its own activity in Word (never a continuation).
          tr([
            { vMerge: 'continue' },
            { vMerge: 'continue' },
            'назначение куратора',
            { vMerge: 'continue' },
            'Директор',
          ]),
          tr(['2.', 'Банк', 'Анкетирование', 'Октябрь', 'Куратор']),
        ]),
    );
    expect(fields(r)).toEqual([
      ['1', 'Подготовка', 'Издание приказа', 'Сентябрь', 'Директор'],
      ['1', 'Подготовка', 'назначение куратора', 'Сентябрь', 'Директор'],
      ['2', 'Банк', 'Анкетирование', 'Октябрь', 'Куратор'],
    ]);
    expect(r.organisation).toBe('МБОУ «СОШ № 1» г. Энска');
    expect(r.period?.label).toBe('2023-2024 учебный год');
    expect(r.title).toBe(
      'Дорожная карта реализации целевой модели наставничества в МБОУ «СОШ № 1» г. Энска на 2023-2024 учебный год',
    );
  });

  it('a section row merged across the table (w:gridSpan) gives its stage; the column-number row is skipped', async () => {
    const r = await read(
      TITLE +
        tbl(4, [
          tr(['№', 'Мероприятие', 'Сроки', 'Ответственный'], { header: true }),
          tr(['1', '2', '3', '4']),
          tr([{ paras: ['I. Подготовительный этап'], span: 4 }]),
          tr(['1.', 'Издание приказа', 'Сентябрь', 'Директор']),
          tr([{ paras: ['II. Основной этап'], span: 4 }]),
          tr(['2.', 'Встречи пар', 'Ежемесячно', 'Наставники']),
        ]),
    );
    expect(r.items.map((i) => [i.section, i.activity])).toEqual([
      ['I. Подготовительный этап', 'Издание приказа'],
      ['II. Основной этап', 'Встречи пар'],
    ]);
  });

  it('paragraphs and line breaks of a cell are joined with one space; tabs and no-break hyphens kept as text', async () => {
    const r = await read(
      TITLE +
        tbl(5, [
          HEADER,
          tr([
            '1.',
            'Подготовка',
            { paras: ['Организация обучения:', '1) школа наставника;', '2) установочная\nсессия'] },
            'Сентябрь',
            'Заместитель директора\nпо УВР',
          ]),
        ]),
    );
    expect(r.items[0]!.activity).toBe('Организация обучения: 1) школа наставника; 2) установочная сессия');
    expect(r.items[0]!.responsible).toEqual(['Заместитель директора по УВР']);
  });

  it('a header row repeated inside the table (a document converted from PDF) is not an item', async () => {
    const h = tr(['№ п/п', 'Наименование этапа', 'Мероприятия', 'Сроки', 'Ответственные']);
    const r = await read(
      TITLE +
        tbl(5, [
          h,
          tr(['1.', 'Подготовка', 'Издание приказа', 'Сентябрь', 'Директор']),
          h,
          tr(['2.', 'Банк', 'Анкетирование', 'Октябрь', 'Куратор']),
        ]),
    );
    expect(r.items.map((i) => i.activity)).toEqual(['Издание приказа', 'Анкетирование']);
  });

  it('the roadmap is the table with an activity column; a stage overview and prose after the table give no items', async () => {
    const overview = tbl(4, [
      tr(['№', 'Этап', 'Содержание этапа', 'Сроки реализации'], { header: true }),
      tr(['1.', 'Подготовительный', 'Создание условий', 'Август – сентябрь 2023 г.']),
    ]);
    const plan = tbl(5, [HEADER, tr(['1.', 'Подготовка', 'Издание приказа', 'Сентябрь', 'Директор'])]);
    const r = await read(
      `${TITLE}${p('1. Этапы', { bold: true })}${overview}${p('')}${p('2. План', { bold: true })}${plan}${p('Куратор ____ И.И. Иванова')}${tbl(2, [tr(['Директор', 'Подпись'])])}`,
    );
    expect(fields(r)).toEqual([['1', 'Подготовка', 'Издание приказа', 'Сентябрь', 'Директор']]);
    expect(r.period?.label).toBe('2023-2024 учебный год');
  });

  it('a table that continues the roadmap (the same header, or none and the same width) is read with it', async () => {
    const r = await read(
      TITLE +
        tbl(5, [HEADER, tr(['1.', 'Подготовка', 'Издание приказа', 'Сентябрь', 'Директор'])]) +
        p('') +
        tbl(5, [HEADER, tr(['2.', 'Банк', 'Анкетирование', 'Октябрь', 'Куратор'])]) +
        tbl(5, [tr(['3.', 'Пары', 'Закрепление пар', 'Ноябрь', 'Директор'])]),
    );
    expect(r.items.map((i) => i.stageNumber)).toEqual(['1', '2', '3']);
  });

  it('Word automatic numbering in the № column (style «List Number») gives the numbers the page shows', async () => {
    const styles =
      '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:pPr><w:numPr><w:numId w:val="5"/></w:numPr></w:pPr></w:style>';
    const numbering =
      '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num>';
    const num = { paras: [''], pPr: '<w:pStyle w:val="ListNumber"/>' };
    const r = await read(
      TITLE +
        tbl(4, [
          tr(['№', 'Мероприятие', 'Сроки', 'Ответственный']),
          tr([num, 'издание приказа', 'Сентябрь', 'Директор']),
          tr([num, 'анкетирование', 'Октябрь', 'Куратор']),
        ]),
      { styles, numbering },
    );
    expect(r.items.map((i) => [i.stageNumber, i.activity])).toEqual([
      ['1', 'издание приказа'],
      ['2', 'анкетирование'],
    ]);
  });

  it('a document without tables is read as text', async () => {
    const r = await read(
      `${TITLE}${p('1. Подготовка условий')}${p('Издание приказа Сентябрь Директор')}${p('2. Формирование банка наставляемых')}${p('Анкетирование Октябрь Куратор')}`,
    );
    expect(r.format).toBe('text');
    expect(r.period?.label).toBe('2023-2024 учебный год');
    expect(r.items.length).toBeGreaterThan(0);
  });
});

describe('WordprocessingML details', () => {
  const ctx = () => ({
    styles: new Map(),
    numbering: { label: () => '' } as unknown as Parameters<typeof parseDocument>[1]['numbering'],
  });

  it('skips deleted text, drawings, alternative content and change records; decodes entities', () => {
    const xml = `<w:body><w:p><w:r><w:t>A &amp; B &#171;x&#187;</w:t></w:r><w:del><w:r><w:delText>удалено</w:delText></w:r></w:del><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>надпись</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r><mc:AlternateContent><mc:Choice><w:r><w:t> выбор</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> запасной</w:t></w:r></mc:Fallback></mc:AlternateContent><!-- <w:t>комментарий</w:t> --><w:r><w:t><![CDATA[ <как есть>]]></w:t></w:r></w:p></w:body>`;
    expect(parseDocument(xml, ctx())).toEqual([
      { kind: 'p', text: 'A & B «x» выбор <как есть>', bold: false },
    ]);
  });

  it('bold is the runs’ own (w:b, w:b w:val="0"), not the paragraph mark’s', () => {
    const xml =
      '<w:p><w:pPr><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:t>обычный</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t>жирный</w:t></w:r><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t> </w:t></w:r></w:p>';
    expect(parseDocument(xml, ctx()).map((b) => b.kind === 'p' && b.bold)).toEqual([false, true]);
  });

  it('w:gridBefore, w:gridSpan and w:vMerge place cells in their grid columns', () => {
    const xml =
      '<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
      '<w:tr><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr>' +
      '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>e</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>вложенная</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>';
    const [t] = parseDocument(xml, ctx());
    expect(t?.kind).toBe('table');
    if (t?.kind === 'table') {
      expect(tableGrid(t)).toEqual([
        ['a', 'b', ''],
        ['a', 'c', 'd'],
        ['', 'e\nвложенная', ''],
      ]);
    }
  });
});
