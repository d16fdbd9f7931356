/**
 * Documents made from «Пары»: the draft order «О закреплении наставнических пар / групп» (a new Google Doc,
 * registered on «Документы») and a personalised programme per pair, from the curator's template Doc or the
 * built-in one. Only DocumentApp is used (no Drive scope): a template is copied element by element.
 */
import {
  DOCUMENT_KIND_LABELS,
  MENTORING_FORM_LABELS,
  type Mentee,
  type Mentor,
  type Pair,
} from '../../../shared/model';
import { DOCUMENTS_SHEET, nextId } from '../../../shared/sheets';
import { type BankSnapshot, readBanks } from '../banks';
import {
  AddonError,
  findTable,
  missingConsent,
  requireConsent,
  todayIso,
  userMessage,
  withDocumentLock,
} from '../platform';
import { S } from '../strings';
import { activePairs } from './pairing';

const P = S.pairing;
const TEMPLATE_KEY = 'nastavnik.programmeTemplate';
/** Docs made per call: each DocumentApp.create takes about a second; the rest waits for the next click. */
export const PROGRAMMES_PER_RUN = 25;

type Body = GoogleAppsScript.Document.Body;

export type DocOutcome =
  | { ok: true; message: string; links: { pairId: string; url: string }[]; left: number }
  | { ok: false; errors: string[] };

export const ruDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : '');

export interface PairPeople {
  pair: Pair;
  row: number;
  mentor: Mentor | undefined;
  mentees: Mentee[];
  mentorName: string;
  menteeNames: string[];
}

/** Active pairs with their people (`all`: every pair of the sheet). */
export function pairPeople(snap: BankSnapshot, all = false): PairPeople[] {
  const mentors = new Map(snap.mentors.read.rows.map((r) => [r.record.id, r.record]));
  const mentees = new Map(snap.mentees.read.rows.map((r) => [r.record.id, r.record]));
  const active = new Set(activePairs(snap));
  return snap.pairs.read.rows
    .filter((r) => all || active.has(r.record))
    .map((r) => {
      const p = r.record;
      const mentor = mentors.get(p.mentorId);
      const people = p.menteeIds.map((id) => mentees.get(id));
      return {
        pair: p,
        row: r.row,
        mentor,
        mentees: people.filter((m): m is Mentee => m !== undefined),
        mentorName: mentor?.fullName ?? p.mentorId,
        menteeNames: p.menteeIds.map((id, i) => people[i]?.fullName ?? id),
      };
    });
}

/** The order's table of pairs: the one layout both orders use. */
function pairsTable(pairs: readonly PairPeople[]): string[][] {
  return [
    ['№', 'Наставник', 'Наставляемый (наставляемые)', 'Форма наставничества', 'Дата начала'],
    ...pairs.map((p, i) => [
      String(i + 1),
      p.mentorName,
      p.menteeNames.join(', '),
      MENTORING_FORM_LABELS[p.pair.form],
      ruDate(p.pair.startDate),
    ]),
  ];
}

const ORDER_HEAD = (organisation: string) => [
  organisation || '________________________________ (наименование организации)',
  'ПРИКАЗ',
  'от «___» ____________ 20___ г.                                        № _______',
];

const signatures = (pairs: readonly PairPeople[]) => [
  'Руководитель организации  ______________ / ______________________ /',
  'С приказом ознакомлены:',
  ...[...new Set(pairs.flatMap((p) => [p.mentorName, ...p.menteeNames]))].map(
    (n) => `${n}  ______________  «___» ________ 20___ г.`,
  ),
];

export interface OrderContent {
  before: string[];
  table: string[][];
  after: string[];
}

/** The order's text as paragraphs and one table; pure, so tests read it without Google. */
export function orderContent(pairs: readonly PairPeople[], organisation: string): OrderContent {
  return {
    before: [
      ...ORDER_HEAD(organisation),
      'О закреплении наставнических пар / групп',
      'В соответствии с Положением о системе наставничества и дорожной картой реализации целевой модели наставничества, на основании базы наставников и наставляемых',
      'ПРИКАЗЫВАЮ:',
      `1. Закрепить наставнические пары / группы (${pairs.length}) согласно таблице:`,
    ],
    table: pairsTable(pairs),
    after: [
      '2. Наставникам совместно с наставляемыми в течение месяца разработать персонализированные программы наставничества.',
      '3. Куратору внедрения целевой модели наставничества внести сведения о парах в базу наставников и наставляемых.',
      '4. Контроль за исполнением настоящего приказа оставляю за собой.',
      ...signatures(pairs),
    ],
  };
}

/** The order for a re-pairing: the old pair ends (date, reason), the new pairs are fixed. Pure. */
export function changeOrderContent(
  old: PairPeople,
  endDate: string,
  reason: string,
  created: readonly PairPeople[],
  organisation: string,
): OrderContent {
  return {
    before: [
      ...ORDER_HEAD(organisation),
      'О внесении изменений в состав наставнических пар / групп',
      `В связи с тем, что наставническая пара (группа) ${old.pair.id} не сложилась, в соответствии с Положением о системе наставничества`,
      'ПРИКАЗЫВАЮ:',
      `1. Прекратить с ${ruDate(endDate)} работу наставнической пары (группы) ${old.pair.id}: наставник ${old.mentorName}, наставляемый (наставляемые) ${old.menteeNames.join(', ')}${old.pair.orderNumber ? `, закреплённой приказом № ${old.pair.orderNumber}${old.pair.orderDate ? ` от ${ruDate(old.pair.orderDate)}` : ''}` : ''}. Причина: ${reason}.`,
      `2. Закрепить наставнические пары / группы (${created.length}) согласно таблице:`,
    ],
    table: pairsTable(created),
    after: [
      '3. Наставникам совместно с наставляемыми в течение месяца разработать (скорректировать) персонализированные программы наставничества.',
      '4. Куратору внедрения целевой модели наставничества внести изменения в базу наставников и наставляемых.',
      '5. Контроль за исполнением настоящего приказа оставляю за собой.',
      ...signatures([old, ...created]),
    ],
  };
}

/** Writes an order into a new Doc, registers it on «Документы»; returns its link. */
export function writeOrderDoc(content: OrderContent, name: string, today: string, register = name): string {
  const doc = DocumentApp.create(name);
  const body = doc.getBody();
  const [org, title, dateLine, subject, ...rest] = content.before;
  const first = body.getChild(0).asParagraph();
  first.setText(org!);
  first.setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body
    .appendParagraph(title!)
    .setHeading(DocumentApp.ParagraphHeading.HEADING1)
    .setAlignment(DocumentApp.HorizontalAlignment.CENTER);
  body.appendParagraph(dateLine!);
  body.appendParagraph(subject!).setHeading(DocumentApp.ParagraphHeading.HEADING2);
  for (const line of rest) body.appendParagraph(line);
  body.appendTable(content.table);
  for (const line of content.after) body.appendParagraph(line);
  doc.saveAndClose();
  const url = doc.getUrl();
  registerOrder(url, today, register);
  return url;
}

/** The organisation named most often among the pairs' mentors (a school's own name), else ''. */
export function organisationOf(pairs: readonly PairPeople[]): string {
  const counts = new Map<string, number>();
  for (const p of pairs)
    if (p.mentor?.organisation)
      counts.set(p.mentor.organisation, (counts.get(p.mentor.organisation) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
}

/** The draft order for the active pairs that have no order number yet; registered on «Документы». */
export function createPairsOrder(): DocOutcome {
  try {
    return withDocumentLock(() => {
      const snap = readBanks();
      const pairs = pairPeople(snap).filter((p) => p.pair.orderNumber === '');
      if (pairs.length === 0) throw new AddonError(P.noPairsForOrder);
      requireConsent('documents', S.menu.pairing, ['documents']);
      const today = todayIso();
      const url = writeOrderDoc(
        orderContent(pairs, organisationOf(pairs)),
        P.orderDocName(ruDate(today)),
        today,
        `${DOCUMENT_KIND_LABELS['order-pairs']} (проект)`,
      );
      return { ok: true, message: P.orderCreated(pairs.length), links: [{ pairId: '', url }], left: 0 };
    });
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}

/** Adds the draft order to «Документы» (kind «Приказ о закреплении…», link, today), when that sheet exists. */
function registerOrder(
  url: string,
  today: string,
  title = `${DOCUMENT_KIND_LABELS['order-pairs']} (проект)`,
): void {
  const documents = findTable(DOCUMENTS_SHEET);
  if (!documents?.header) return; // no «Документы» sheet: the link is still returned to the sidebar
  const record = {
    id: nextId(DOCUMENTS_SHEET.idPrefix, documents.takenIds()),
    kind: 'order-pairs',
    title,
    date: today,
    link: url,
  };
  documents.append(record);
  documents.flush();
}

export function getProgrammeTemplate(): string {
  return PropertiesService.getDocumentProperties().getProperty(TEMPLATE_KEY) ?? '';
}

/** Saves the template Doc's link (empty: the built-in template); checks that it opens. */
export function setProgrammeTemplate(
  url: string,
): { ok: true; url: string } | { ok: false; errors: string[] } {
  const clean = String(url ?? '').trim();
  const props = PropertiesService.getDocumentProperties();
  if (clean === '') {
    props.deleteProperty(TEMPLATE_KEY);
    return { ok: true, url: '' };
  }
  // An unticked Docs permission is not a bad link: say which permission is missing.
  const missing = missingConsent(['documents']);
  if (missing.length > 0)
    return {
      ok: false,
      errors: [S.consent.missing(S.consent.actions.readDoc, S.menu.pairing, [S.consent.scopes.documents])],
    };
  try {
    DocumentApp.openByUrl(clean);
  } catch (_e) {
    return { ok: false, errors: [P.badTemplate(clean)] };
  }
  props.setProperty(TEMPLATE_KEY, clean);
  return { ok: true, url: clean };
}

/** Placeholders a template may hold, and what each becomes for a pair. */
export const PLACEHOLDERS: Record<string, (p: PairPeople) => string> = {
  'ID пары': (p) => p.pair.id,
  Наставник: (p) => p.mentorName,
  Наставляемый: (p) => p.menteeNames.join(', '),
  Форма: (p) => MENTORING_FORM_LABELS[p.pair.form],
  'Дата начала': (p) => ruDate(p.pair.startDate),
  Организация: (p) => p.mentor?.organisation ?? '',
  'Должность наставника': (p) => p.mentor?.position ?? '',
  Компетенции: (p) => (p.mentor?.competencies ?? []).join('; '),
  Запросы: (p) => [...new Set(p.mentees.flatMap((m) => m.requests))].join('; '),
  Предметы: (p) => [...new Set(p.mentees.flatMap((m) => m.subjects))].join(', '),
};

/** The built-in programme: paragraphs with placeholders and a plan table. */
export const BUILT_IN_PROGRAMME = {
  paragraphs: [
    'Персонализированная программа наставничества',
    'Пара / группа: {{ID пары}}. Форма наставничества: {{Форма}}.',
    'Наставник: {{Наставник}}, {{Должность наставника}} ({{Организация}}).',
    'Наставляемый (наставляемые): {{Наставляемый}}.',
    'Начало работы: {{Дата начала}}. Срок реализации программы: ____________.',
    'Запросы и дефициты наставляемого: {{Запросы}}.',
    'Компетенции наставника: {{Компетенции}}.',
    'Цель программы: ______________________________________________',
    'План мероприятий:',
  ],
  table: [
    ['№', 'Мероприятие', 'Срок', 'Ожидаемый результат', 'Отметка о выполнении'],
    ['1', 'Знакомство, согласование плана', '', '', ''],
    ['2', '', '', '', ''],
    ['3', '', '', '', ''],
  ],
  after: ['Наставник ______________ / {{Наставник}} /', 'Наставляемый ______________ / {{Наставляемый}} /'],
};

/** Copies the template's body element by element (paragraphs, list items, tables) into a new body. */
function copyBody(from: Body, to: Body): void {
  const E = DocumentApp.ElementType;
  for (let i = 0; i < from.getNumChildren(); i++) {
    const el = from.getChild(i);
    const type = el.getType();
    if (type === E.PARAGRAPH) to.appendParagraph(el.copy().asParagraph());
    else if (type === E.LIST_ITEM) to.appendListItem(el.copy().asListItem());
    else if (type === E.TABLE) to.appendTable(el.copy().asTable());
  }
}

function fillBuiltIn(body: Body): void {
  const [title, ...rest] = BUILT_IN_PROGRAMME.paragraphs;
  const first = body.getChild(0).asParagraph();
  first.setText(title!);
  first.setHeading(DocumentApp.ParagraphHeading.HEADING1);
  for (const line of rest) body.appendParagraph(line);
  body.appendTable(BUILT_IN_PROGRAMME.table);
  for (const line of BUILT_IN_PROGRAMME.after) body.appendParagraph(line);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A programme Doc for each active pair without one; links go to «Персонализированная программа». */
export function createProgrammes(): DocOutcome {
  try {
    return withDocumentLock(() => {
      const snap = readBanks();
      const todo = pairPeople(snap).filter((p) => p.pair.programmeLink === '');
      if (todo.length === 0) throw new AddonError(P.noPairsForProgrammes);
      requireConsent('documents', S.menu.pairing, ['documents']);
      const templateUrl = getProgrammeTemplate();
      let template: Body | null = null;
      if (templateUrl) {
        try {
          template = DocumentApp.openByUrl(templateUrl).getBody();
        } catch (_e) {
          throw new AddonError(P.badTemplate(templateUrl));
        }
      }
      const batch = todo.slice(0, PROGRAMMES_PER_RUN);
      const links: { pairId: string; url: string; row: number }[] = [];
      for (const p of batch) {
        const doc = DocumentApp.create(P.programmeDocName(p.pair.id, p.menteeNames.join(', ')));
        const body = doc.getBody();
        if (template) copyBody(template, body);
        else fillBuiltIn(body);
        for (const [name, value] of Object.entries(PLACEHOLDERS))
          body.replaceText(escapeRe(`{{${name}}}`), value(p));
        doc.saveAndClose();
        links.push({ pairId: p.pair.id, url: doc.getUrl(), row: p.row });
      }
      for (const l of links) snap.pairs.table.put(l.row, { programmeLink: l.url });
      snap.pairs.table.flush(['programmeLink']);
      return {
        ok: true,
        message: P.programmesCreated(links.length),
        links: links.map(({ pairId, url }) => ({ pairId, url })),
        left: todo.length - batch.length,
      };
    });
  } catch (e) {
    return { ok: false, errors: [userMessage(e)] };
  }
}
