// The playground's Google pages on the sample school: forms the add-on built in the double, answered from the
// links it made and filed live by its own form-submit trigger; documents it created, readable; time by weeks.
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AcceptOutcome, SuggestOutcome } from '../../apps-script/src/pairing/pairingTypes';
import { ROOT } from '../../playground/cli';
import { googleAddress, localAddress } from '../../playground/page/google-links.js';
import { PlaygroundSession } from '../../playground/session';
import { P } from '../../playground/strings';
import { MEETINGS_SHEET, PAIRS_SHEET } from '../../shared/sheets';
import { built_ } from '../apps-script/harness';

let distDir: string;
beforeAll(async () => {
  distDir = (await built_()).outDir;
});

const open = (today = '2025-11-20') =>
  new PlaygroundSession({ distDir, sampleDir: join(ROOT, 'sample'), today });

/** One column of a sheet by its header, keyed by the first column (the row's ID). */
function column(s: PlaygroundSession, sheet: string, header: string): Record<string, string> {
  const view = s.state().sheets.find((x) => x.name === sheet)!;
  const at = view.rows[0]!.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} on ${sheet}`);
  return Object.fromEntries(view.rows.slice(1).map((r) => [r[0]!, r[at]!]));
}

const stateOf = (s: PlaygroundSession) =>
  column(s, PAIRS_SHEET.title, PAIRS_SHEET.columns.find((c) => c.field === 'health')!.header);

function reply<T>(s: PlaygroundSession, name: string, ...args: unknown[]): T {
  const r = s.call(name, JSON.stringify(args));
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r)}`);
  return JSON.parse(r.value!) as T;
}

/** What the sidebar's document buttons answer (apps-script/src/pairing/pairDocuments.ts' DocOutcome). */
type DocOutcome = { ok: true; links: { url: string }[] } | { ok: false; errors: string[] };

interface MeetingLinks {
  links: { pairId: string; url: string }[];
}

/** The curator's «Встречи: ссылки…», then the link the add-on made for a pair. */
function meetingLink(s: PlaygroundSession, pairId: string): string {
  s.runMenu('menuMeetingLinks');
  const link = reply<MeetingLinks>(s, 'getMeetingLinks').links.find((l) => l.pairId === pairId);
  if (!link) throw new Error(`no link for ${pairId}`);
  return link.url;
}

const attention = (s: PlaygroundSession) =>
  reply<{ pairs: { pairId: string }[] }>(s, 'getPairAttention').pairs.map((p) => p.pairId);

/**
 * A respondent fills the page as a browser would: each question found by its title as the page shows it,
 * a text typed or a choice ticked; the form's own fields (and what was pre-filled) are what is posted.
 */
function fill(html: string, answers: Record<string, string | string[]>): URLSearchParams {
  const doc = new Window({ url: 'http://127.0.0.1/' }).document;
  doc.write(html);
  const items = [...doc.querySelectorAll('.item')];
  for (const [title, value] of Object.entries(answers)) {
    const item = items.find(
      (i) =>
        i
          .querySelector('.title')
          ?.textContent?.replace(/\s*\*$/, '')
          .trim() === title,
    );
    if (!item) throw new Error(`the page has no question «${title}»`);
    const choices = [
      ...item.querySelectorAll('input[type=radio], input[type=checkbox]'),
    ] as unknown as HTMLInputElement[];
    if (choices.length) {
      const wanted = Array.isArray(value) ? value : [value];
      for (const c of choices) c.checked = wanted.includes(c.value);
      // An empty list leaves every choice unticked.
      if (wanted.length && !choices.some((c) => c.checked))
        throw new Error(`«${title}» has no choice ${wanted.join(', ')}`);
    } else
      (item.querySelector('input, textarea, select') as unknown as HTMLInputElement).value = String(value);
  }
  const form = doc.querySelector('form') as unknown as HTMLFormElement;
  return new URLSearchParams(
    new doc.defaultView!.FormData(form as never) as unknown as Record<string, string>,
  );
}

const MEETING = {
  'Дата встречи': '2025-11-19',
  Формат: 'очно',
  'Длительность, мин': '45',
  'Тема встречи': 'Разбор открытого урока',
  'Что сделано': 'Посетили урок, обсудили приёмы',
  'Кто заполнил': 'наставник',
};

describe('Google links on the playground', () => {
  it('maps the add-on’s Google Forms and Documents to the playground’s pages and back, nothing else', () => {
    const form = 'https://docs.google.com/forms/d/e/1FAIpQL-form-1/viewform?usp=pp_url&entry.1000001=abc';
    expect(localAddress(form)).toBe('/google/forms/d/e/1FAIpQL-form-1/viewform?usp=pp_url&entry.1000001=abc');
    expect(googleAddress(localAddress(form)!)).toBe(form);
    expect(localAddress('https://docs.google.com/document/d/created-doc-1/edit')).toBe(
      '/google/document/d/created-doc-1/edit',
    );
    for (const other of [
      'https://docs.google.com/spreadsheets/d/x/edit',
      'http://docs.google.com/document/d/x/edit',
      'https://docs.google.com.evil.example/document/d/x/edit',
      'javascript:alert(1)',
      'не ссылка',
    ])
      expect(localAddress(other), other).toBeNull();
    expect(googleAddress('/google/spreadsheets/d/x')).toBeNull();
  });
});

describe('the meeting report answered on the playground', () => {
  it('renders the double’s form from the pair’s pre-filled link, files the answer live, and «Состояние» follows', () => {
    const s = open();
    expect(stateOf(s)['PR-0002']).toBe('Нужна встреча');
    expect(attention(s)).toContain('PR-0002');
    const url = meetingLink(s, 'PR-0002');
    const key = [...new URL(url).searchParams.values()].at(-1)!;
    const page = s.showForm(url);
    expect(page.status).toBe(200);
    // Every question the add-on put in the form, each drawn as its kind: none hand-made, none left out.
    const form = s.addon.double.forms._form('Отчёт о встрече')!;
    for (const item of form.items) expect(page.body).toContain(`data-type="${item.type}"`);
    expect(page.body.match(/class="card item/g)).toHaveLength(form.items.length);
    expect(page.body).not.toContain(P.google.unknownItem);
    // The pair's key travelled with the link into its question.
    expect(page.body).toContain(`value="${key}"`);

    const before = form.responses.length;
    const sent = s.submitForm(googleAddress(localAddress(url)!)!, fill(page.body, MEETING));
    expect(sent.status, sent.body).toBe(200);
    expect(sent.body).toContain(form.confirmation || P.google.recorded);
    expect(form.responses.length).toBe(before + 1);
    // Filed by the add-on's own trigger: the meeting is the pair's, and its state changed at once.
    const pairs = column(
      s,
      MEETINGS_SHEET.title,
      MEETINGS_SHEET.columns.find((c) => c.field === 'pairId')!.header,
    );
    expect(Object.values(pairs)).toEqual(['PR-0002']);
    const topics = column(
      s,
      MEETINGS_SHEET.title,
      MEETINGS_SHEET.columns.find((c) => c.field === 'topic')!.header,
    );
    expect(Object.values(topics)).toEqual(['Разбор открытого урока']);
    expect(stateOf(s)['PR-0002']).toBe('В графике');
    expect(attention(s)).not.toContain('PR-0002');
    expect(s.state().failures).toEqual([]);
  });

  it('a sent answer opens again from the confirmation’s «Изменить ответ»; the edit updates its row, never a second one', () => {
    const s = open();
    const url = meetingLink(s, 'PR-0002');
    const form = s.addon.double.forms._form('Отчёт о встрече')!;
    const sent = s.submitForm(googleAddress(localAddress(url)!)!, fill(s.showForm(url).body, MEETING));
    expect(sent.status, sent.body).toBe(200);
    const href = /<a href="([^"]+)" data-edit>/.exec(sent.body)?.[1]?.replaceAll('&amp;', '&');
    expect(href, 'the confirmation offers to edit the answer').toBeDefined();
    const response = form.responses.at(-1)!;
    expect(googleAddress(href!)).toBe(response.getEditResponseUrl());
    // The edit page: the answers as sent (the pair's key among them), posting back to the same response.
    const editPage = s.showForm(googleAddress(href!)!);
    expect(editPage.status).toBe(200);
    expect(editPage.body).toContain(P.google.editResponseNote);
    expect(editPage.body).toContain('value="Разбор открытого урока"');
    expect(editPage.body).toContain(`data-response="${response.id}"`);
    const action = /<form method="post" action="([^"]+)"/.exec(editPage.body)![1]!.replaceAll('&amp;', '&');
    const again = s.submitForm(
      googleAddress(action)!,
      fill(editPage.body, { 'Тема встречи': 'Подготовка к открытому уроку', 'Длительность, мин': '60' }),
    );
    expect(again.status, again.body).toBe(200);
    expect(again.body).toContain('data-edit');
    // The same response, edited; one row on «Встречи», changed in place, still the pair's.
    expect(form.responses).toHaveLength(1);
    expect(form.responses[0]!.answers['Тема встречи']).toBe('Подготовка к открытому уроку');
    const field = (f: string) => MEETINGS_SHEET.columns.find((c) => c.field === f)!.header;
    expect(Object.values(column(s, MEETINGS_SHEET.title, field('topic')))).toEqual([
      'Подготовка к открытому уроку',
    ]);
    expect(Object.values(column(s, MEETINGS_SHEET.title, field('durationMinutes')))).toEqual(['60']);
    expect(Object.values(column(s, MEETINGS_SHEET.title, field('pairId')))).toEqual(['PR-0002']);
    expect(Object.values(column(s, MEETINGS_SHEET.title, field('done')))).toEqual([
      'Посетили урок, обсудили приёмы',
    ]);
    expect(s.state().failures).toEqual([]);
    // A link naming no response of this form, or a form that does not allow edits: Google's refusal, nothing filed.
    const bogus = new URL(response.getEditResponseUrl());
    bogus.searchParams.set('edit2', 'no-such-response');
    expect(s.showForm(bogus.toString()).status).toBe(404);
    form.setAllowResponseEdits(false);
    expect(s.showForm(response.getEditResponseUrl()).status).toBe(404);
    expect(s.submitForm(googleAddress(action)!, fill(editPage.body, {})).status).toBe(404);
    expect(form.responses).toHaveLength(1);
  });

  it('refuses what Google Forms refuses, says why in Russian under each question, and files nothing', () => {
    const s = open();
    const url = meetingLink(s, 'PR-0002');
    const form = s.addon.double.forms._form('Отчёт о встрече')!;
    const rows = s.state().sheets.find((x) => x.name === MEETINGS_SHEET.title)!.rows.length;
    const page = s.submitForm(
      googleAddress(localAddress(url)!)!,
      fill(s.showForm(url).body, { ...MEETING, 'Тема встречи': '', 'Длительность, мин': 'сорок' }),
    );
    expect(page.status).toBe(422);
    expect(page.body).toContain(P.google.notSent);
    expect(page.body.split(P.google.errRequired)).toHaveLength(2); // the topic only
    // The number question's own help text, as Google shows a failed validation.
    const duration = form.items.find((i) => i.title === 'Длительность, мин')!;
    expect(page.body).toContain(duration.validation!.help);
    // What the respondent typed is kept for them to correct.
    expect(page.body).toContain('Посетили урок, обсудили приёмы');
    expect(form.responses).toHaveLength(0);
    expect(s.state().sheets.find((x) => x.name === MEETINGS_SHEET.title)!.rows.length).toBe(rows);
  });

  it('never runs a link’s or a respondent’s text as HTML', () => {
    const s = open();
    const url = new URL(meetingLink(s, 'PR-0002'));
    const evil = '"><script>alert(1)</script>';
    const key = [...url.searchParams.keys()].at(-1)!;
    url.searchParams.set(key, evil);
    const page = s.showForm(url.toString());
    expect(page.body).not.toContain('<script>alert(1)');
    expect(page.body).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const refused = s.submitForm(
      googleAddress(localAddress(url.toString())!)!,
      fill(page.body, { ...MEETING, 'Что сделано': '<img src=x onerror=alert(2)>', Формат: [] }),
    );
    expect(refused.status).toBe(422);
    expect(refused.body).not.toContain('<img src=x');
    expect(refused.body).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('«+1 неделя» is seven days of the add-on’s clock: after six weeks without a meeting, «Нужна встреча»', () => {
    const s = open();
    const url = meetingLink(s, 'PR-0002');
    s.submitForm(
      googleAddress(localAddress(url)!)!,
      fill(s.showForm(url).body, { ...MEETING, 'Дата встречи': '2025-11-20' }),
    );
    const weeks: string[] = [];
    for (let w = 1; w <= 6; w++) {
      s.passDays(7);
      weeks.push(stateOf(s)['PR-0002']!);
    }
    // The curator's default rule: a meeting at least every 5 weeks (35 days); the 42nd day is past it.
    expect(weeks).toEqual(['В графике', 'В графике', 'В графике', 'В графике', 'В графике', 'Нужна встреча']);
    expect(s.state().today).toBe('2026-01-01');
    expect(attention(s)).toContain('PR-0002');
  });
});

describe('letters the add-on sent, on the playground', () => {
  it('shows a mentor’s letter as text, its pair link opening the pair’s form with the key', () => {
    const s = open();
    const url = meetingLink(s, 'PR-0002');
    expect(reply<{ ok: boolean }>(s, 'sendMeetingLinks', true).ok).toBe(true);
    const letter = s.showMail(s.state().mail.length - 1);
    expect(letter.status).toBe(200);
    const href = /<a href="([^"]+)"/.exec(letter.body)![1]!.replaceAll('&amp;', '&');
    expect(href).toBe(localAddress(url));
    expect(s.showForm(googleAddress(href)!).body).toContain(
      `value="${[...new URL(url).searchParams.values()].at(-1)}"`,
    );
    s.addon.double.mail.sent.push({
      to: 'x@example.org',
      subject: '<i>s</i>',
      body: '<script>alert(1)</script>',
    } as never);
    const evil = s.showMail(s.state().mail.length - 1).body;
    expect(evil).not.toMatch(/<script>alert|<i>s/);
    expect(s.showMail(999).status).toBe(404);
  });
});

describe('every kind of question the double’s forms hold', () => {
  it('draws each as its control and sends back what was chosen, a checkbox question as a list', () => {
    const s = open();
    const app = s.addon.double.forms;
    const form = app.create('Проверка видов вопросов');
    form.setDestination('SPREADSHEET', s.addon.double.spreadsheet.id);
    form.addTextItem().setTitle('Текст').setRequired(true);
    form.addParagraphTextItem().setTitle('Абзац');
    form.addMultipleChoiceItem().setTitle('Один').setChoiceValues(['а', 'б']);
    form.addCheckboxItem().setTitle('Несколько').setChoiceValues(['x', 'y', 'z']);
    form.addListItem().setTitle('Список').setChoiceValues(['первый', 'второй']);
    form.addDateItem().setTitle('Дата');
    form.addScaleItem().setTitle('Шкала').setBounds(0, 5).setLabels('плохо', 'хорошо');
    const page = s.showForm(form.getPublishedUrl());
    for (const type of ['TEXT', 'PARAGRAPH_TEXT', 'MULTIPLE_CHOICE', 'CHECKBOX', 'LIST', 'DATE', 'SCALE'])
      expect(page.body).toContain(`data-type="${type}"`);
    expect(page.body).toContain('<select');
    expect(page.body).toContain('type="date"');
    expect(page.body.match(/type="radio" name="item\.7"/g)).toHaveLength(6); // 0…5
    expect(page.body).toContain('хорошо');
    const answers = {
      Текст: 'т',
      Абзац: 'строка 1\nстрока 2',
      Один: 'б',
      Несколько: ['x', 'z'],
      Список: 'второй',
      Дата: '2025-11-21',
      Шкала: '0',
    };
    const sent = s.submitForm(form.getPublishedUrl(), fill(page.body, answers));
    expect(sent.status, sent.body).toBe(200);
    expect(app.forms.get(form.getId())!.responses.at(-1)!.answers).toEqual(answers);
  });
});

describe('questionnaires answered on the playground', () => {
  it('draws every questionnaire the add-on built, and a low interim answer from the pair’s mentee is a «Сигнал»', () => {
    const s = open();
    s.addon.double.ui.answers.push({ button: 'YES' });
    s.runMenu('menuQuestionnaires');
    type Surveys = { forms: { title: string; publishedUrl: string | null }[] };
    const forms = reply<Surveys>(s, 'getSurveyStatus').forms;
    expect(forms.length).toBeGreaterThanOrEqual(4);
    for (const f of forms) {
      const form = s.addon.double.forms._form(f.title)!;
      const page = s.showForm(f.publishedUrl!);
      expect(page.body.match(/class="card item/g), f.title).toHaveLength(form.items.length);
      expect(page.body, f.title).not.toContain(P.google.unknownItem);
    }
    const interim = forms.find((f) => f.title === 'Промежуточная обратная связь')!;
    const sent = s.submitForm(
      interim.publishedUrl!,
      fill(s.showForm(interim.publishedUrl!).body, {
        ФИО: 'Максимова Анастасия Викторовна',
        'E-mail': 'maksimova.av@school7.example',
        'Вы участвуете как': 'Наставляемый',
        'Дата встречи': '2025-11-18',
        'Тема встречи': 'Конфликт на уроке',
        'Что было полезно': 'Мало',
        'Какие остались трудности': 'Почти все',
        'Оценка встречи (1–10)': '3',
        'Согласие на обработку персональных данных': 'Да, даю согласие',
      }),
    );
    expect(sent.status, sent.body).toBe(200);
    expect(stateOf(s)['PR-0002']).toBe('Сигнал');
  });
});

describe('documents the add-on created, on the playground', () => {
  it('opens the order draft as a readable page, text escaped; any other document address is «не найден»', () => {
    const s = open();
    const out = s.addon.callFromClient('suggestForSidebar', { preset: 'school' }, []) as Extract<
      SuggestOutcome,
      { ok: true }
    >;
    const chosen = out.result.pairs.filter((p) => !p.locked).slice(0, 1);
    const accepted = s.addon.callFromClient('acceptSuggested', {
      fingerprint: out.fingerprint,
      pairs: chosen.map((p) => ({ mentorId: p.mentorId, menteeId: p.menteeId, form: p.form })),
    }) as AcceptOutcome;
    expect(accepted.ok).toBe(true);
    const order = reply<DocOutcome>(s, 'createPairsOrder');
    if (!order.ok) throw new Error(order.errors.join('; '));
    const doc = s.addon.double.documents._created().at(-1)!;
    const page = s.showDocument(order.links[0]!.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<title>${doc.name}</title>`);
    // The document's body in order: its title as a heading, the pairs' table with the mentor's name.
    const text = doc.body!.filter((e) => e.type !== 'TABLE' && e.text);
    expect(page.body).toContain(`>${text[0]!.type === 'PARAGRAPH' ? text[0]!.text : ''}<`);
    expect(page.body).toContain('<table>');
    expect(page.body).toContain(chosen[0]!.mentorName);

    // A person's text in a document is shown, never run.
    doc.body!.push({
      type: 'PARAGRAPH',
      text: '<b onmouseover=alert(1)>x</b>',
      heading: 'NORMAL',
      alignment: 'LEFT',
    });
    expect(s.showDocument(order.links[0]!.url).body).toContain('&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;');

    // The sample's own links name documents that were never made here.
    const sampleLink = column(s, PAIRS_SHEET.title, 'Персонализированная программа')['PR-0002']!;
    const missing = s.showDocument(sampleLink);
    expect(missing.status).toBe(404);
    expect(missing.body).toContain(P.google.noDoc);
  });
});
