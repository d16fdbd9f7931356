/**
 * The playground's stand-ins for Google's own pages: a form the add-on built in the double, answered as a
 * respondent would (pre-filled from the add-on's link, checked as Google checks, sent through the spreadsheet's
 * form-submit trigger), and a document the add-on created, shown as a readable page. Every text is escaped:
 * nothing a person typed, nor anything the add-on wrote, is ever run as HTML.
 */
import type { LoadedAddon } from '../test/double';
import { CallLog } from '../test/double/calls';
import {
  type Answers,
  type FormDouble,
  type FormItem,
  type FormResponseDouble,
  prefilledAnswers,
} from '../test/double/forms';
import { DocBody, type DocParagraph, type DocTable } from '../test/double/services';
import { GOOGLE_ORIGIN, localAddress } from './page/google-links.js';
import { P } from './strings';

export interface PageReply {
  status: number;
  body: string;
}

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Text for HTML content or a quoted attribute. */
export const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="ru">
<head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${esc(title)}</title>
<link rel="stylesheet" href="/google.css"></head>
<body><main>${body}</main></body>
</html>`;
}

const notice = (status: number, title: string, text: string): PageReply => ({
  status,
  body: page(title, `<section class="card"><h1>${esc(title)}</h1><p role="alert">${esc(text)}</p></section>`),
});

/** The live form a Google Forms address names: its published viewform/formResponse, or its id's edit/viewform. */
export function findForm(addon: LoadedAddon, googleUrl: string): FormDouble | null {
  const path = new URL(googleUrl).pathname;
  const forms = [...addon.double.forms.forms.values()].filter((f) => !f.deleted);
  const published = /^\/forms\/d\/e\/([\w-]+)\/(viewform|formResponse)$/.exec(path);
  if (published) {
    const url = `${GOOGLE_ORIGIN}/forms/d/e/${published[1]}/viewform`;
    return forms.find((f) => f.getPublishedUrl() === url) ?? null;
  }
  const byId = /^\/forms\/d\/([\w-]+)\/(viewform|edit)$/.exec(path);
  return byId ? (forms.find((f) => f.id === byId[1]) ?? null) : null;
}

const list = (a: string | string[] | undefined): string[] =>
  a === undefined ? [] : (Array.isArray(a) ? a : [a]).map(String);

/**
 * Why Google Forms would refuse this answer, in Russian (null: accepted). Whether it is refused is the double's
 * rule (FormItem._reject); only the wording is the playground's, as Google words it for the respondent.
 */
export function refusal(item: FormItem, answer: string | string[] | undefined): string | null {
  if (item._reject(answer) === null) return null;
  if (list(answer).every((a) => a.trim() === '')) return P.google.errRequired;
  // Google shows the form's own help text of a failed validation.
  if (item.validation?.help) return item.validation.help;
  if (item.type === 'SCALE') return P.google.errScale(item.bounds[0], item.bounds[1]);
  if (['MULTIPLE_CHOICE', 'CHECKBOX', 'LIST'].includes(item.type)) return P.google.errChoice;
  return P.google.errInvalid;
}

const checked = (on: boolean) => (on ? ' checked' : '');

function choiceInputs(item: FormItem, kind: 'radio' | 'checkbox', values: string[], chosen: string[]) {
  const name = `item.${item.id}`;
  return values
    .map(
      (v, i) =>
        `<label class="choice"><input type="${kind}" name="${name}" id="q${item.id}-${i}" value="${esc(v)}"${checked(
          chosen.includes(v),
        )}${kind === 'radio' && item.required ? ' required' : ''}> ${esc(v)}</label>`,
    )
    .join('');
}

/** One question as HTML: its title, help, control (pre-filled with `answer`) and Google's refusal, if any. */
function question(item: FormItem, answer: string[], error: string | null): string {
  const id = `q${item.id}`;
  const name = `item.${item.id}`;
  const req = item.required ? ' required' : '';
  const star = item.required ? ' <span class="req" aria-hidden="true">*</span>' : '';
  const help = item.help ? `<p class="help" id="${id}-help">${esc(item.help)}</p>` : '';
  const describedBy = [item.help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const aria = `${describedBy ? ` aria-describedby="${describedBy}"` : ''}${error ? ' aria-invalid="true"' : ''}`;
  const one = answer[0] ?? '';
  const err = error ? `<p class="error" id="${id}-error" role="alert">${esc(error)}</p>` : '';
  const single = (control: string) =>
    `<div class="card item${error ? ' invalid' : ''}" data-type="${item.type}"><label for="${id}" class="title">${esc(
      item.title,
    )}${star}</label>${help}${control}${err}</div>`;
  const group = (control: string) =>
    `<fieldset class="card item${error ? ' invalid' : ''}" data-type="${item.type}"${aria}><legend class="title">${esc(
      item.title,
    )}${star}</legend>${help}${control}${err}</fieldset>`;
  switch (item.type) {
    case 'TEXT': {
      const rule = item.validation?.rule;
      const type = rule === 'email' ? 'email' : 'text';
      const mode = rule && rule !== 'email' ? ' inputmode="decimal"' : '';
      return single(
        `<input type="${type}" id="${id}" name="${name}" value="${esc(one)}"${mode}${req}${aria}>`,
      );
    }
    case 'PARAGRAPH_TEXT':
      return single(`<textarea id="${id}" name="${name}" rows="4"${req}${aria}>${esc(one)}</textarea>`);
    case 'DATE':
      return single(`<input type="date" id="${id}" name="${name}" value="${esc(one)}"${req}${aria}>`);
    case 'LIST':
      return single(
        `<select id="${id}" name="${name}"${req}${aria}><option value="">${esc(P.google.choose)}</option>${item.choices
          .map((c) => `<option${one === c ? ' selected' : ''} value="${esc(c)}">${esc(c)}</option>`)
          .join('')}</select>`,
      );
    case 'MULTIPLE_CHOICE':
      return group(choiceInputs(item, 'radio', item.choices, answer));
    case 'CHECKBOX':
      return group(choiceInputs(item, 'checkbox', item.choices, answer));
    case 'SCALE': {
      const [lo, hi] = item.bounds;
      const steps = Array.from({ length: hi - lo + 1 }, (_, i) => String(lo + i));
      return group(
        `<div class="scale"><span class="end">${esc(item.labels[0])}</span>${choiceInputs(
          item,
          'radio',
          steps,
          answer,
        )}<span class="end">${esc(item.labels[1])}</span></div>`,
      );
    }
    default:
      // A question kind the double holds but the playground does not draw yet: said, never silently dropped.
      return group(`<p class="help">${esc(P.google.unknownItem)}</p>`);
  }
}

/**
 * The published form's address (where the page posts its answers), for a form found by any of its addresses; an
 * edit of a sent response posts there with the response's ID, as its edit link carries it.
 */
const responseAction = (form: FormDouble, edited: FormResponseDouble | null) =>
  localAddress(
    form.getPublishedUrl().replace(/\/viewform$/, '/formResponse') +
      (edited ? `?${EDIT_PARAM}=${encodeURIComponent(edited.id)}` : ''),
  )!;

/** The query parameter of a response's edit link (the double's FormResponse.getEditResponseUrl, as Google's). */
const EDIT_PARAM = 'edit2';

/**
 * The sent response an edit link names, when the form lets respondents edit (Form.setAllowResponseEdits); null
 * for a plain address; undefined for a link that names no response this form would let be edited.
 * https://developers.google.com/apps-script/reference/forms/form-response#getEditResponseUrl()
 */
function editedResponse(form: FormDouble, googleUrl: string): FormResponseDouble | null | undefined {
  const id = new URL(googleUrl).searchParams.get(EDIT_PARAM);
  if (id === null) return null;
  return form.allowEdits ? form.responses.find((r) => r.id === id) : undefined;
}

/**
 * The answers an edit changed: Google's edit event carries only those (the double's FormAppDouble._edit, which
 * keeps the others in the row as they were).
 */
function changedAnswers(before: Answers, after: Answers): Answers {
  const text = (a: string | string[] | undefined) => (Array.isArray(a) ? a.join('\u0000') : (a ?? ''));
  return Object.fromEntries(Object.entries(after).filter(([title, a]) => text(a) !== text(before[title])));
}

function formPage(
  form: FormDouble,
  answers: Answers,
  errors: Map<number, string>,
  note: string,
  status = 200,
  edited: FormResponseDouble | null = null,
): PageReply {
  const items = form.items.map((item) =>
    question(item, list(answers[item.title]), errors.get(item.id) ?? null),
  );
  const summary = errors.size ? `<p class="error" role="alert">${esc(P.google.notSent)}</p>` : '';
  const required = form.items.some((i) => i.required)
    ? `<p class="req-legend">${esc(P.google.requiredLegend)}</p>`
    : '';
  return {
    status,
    body: page(
      form.title,
      `<header class="card head"><h1>${esc(form.title)}</h1>${
        form.description ? `<p class="description">${esc(form.description)}</p>` : ''
      }${required}<p class="note">${esc(note)}</p>${summary}</header>
<form method="post" action="${esc(responseAction(form, edited))}" data-form="${esc(form.id)}"${
        edited ? ` data-response="${esc(edited.id)}"` : ''
      } novalidate>
${items.join('\n')}
<div class="actions"><button type="submit">${esc(P.google.send)}</button></div>
</form>`,
    ),
  };
}

/**
 * GET of a form's address: the form as its respondent sees it. A pre-filled link (the add-on's toPrefilledUrl)
 * fills its answers in, as Google does, so a pair's key travels with the link.
 */
export function showForm(addon: LoadedAddon, googleUrl: string): PageReply {
  const form = findForm(addon, googleUrl);
  if (!form) return notice(404, P.google.noFormTitle, P.google.noForm);
  if (!form.accepting) return notice(200, form.title, P.google.closed);
  // An edit link: the sent response, its answers filled in, to change and send again.
  const edited = editedResponse(form, googleUrl);
  if (edited === undefined) return notice(404, P.google.noResponseTitle, P.google.noResponse);
  if (edited) return formPage(form, edited.answers, new Map(), P.google.editResponseNote, 200, edited);
  const u = new URL(googleUrl);
  const published = `${u.origin}${u.pathname}` === form.getPublishedUrl();
  return formPage(
    form,
    published ? prefilledAnswers(form, googleUrl) : {},
    new Map(),
    published ? P.google.formNote : P.google.editNote,
  );
}

/** The answers a posted form carries, by question title (a checkbox question's as a list). */
export function postedAnswers(form: FormDouble, body: URLSearchParams): Answers {
  const out: Answers = {};
  for (const item of form.items) {
    const values = body.getAll(`item.${item.id}`).filter((v) => v.trim() !== '');
    out[item.title] = item.type === 'CHECKBOX' ? values : (values[0] ?? '');
  }
  return out;
}

/**
 * POST of a form's answers: refused per question as Google refuses (the page comes back with the answers kept
 * and each refusal under its question), or recorded in the form and its responses sheet and handed to the
 * spreadsheet's installed form-submit triggers, as Google does. A trigger's failure does not undo the answer
 * (Google keeps it and tells the script's owner): `onTriggerError` hears of it. Posted with a response's ID (its
 * edit link), the same response is edited — the same row, the same ID, the trigger fired again — never a new one;
 * the confirmation offers «Изменить ответ» as Google's does when the form allows editing.
 */
export function submitForm(
  addon: LoadedAddon,
  googleUrl: string,
  body: URLSearchParams,
  onTriggerError: (message: string) => void,
): PageReply {
  const form = findForm(addon, googleUrl);
  if (!form) return notice(404, P.google.noFormTitle, P.google.noForm);
  if (!form.accepting) return notice(200, form.title, P.google.closed);
  const edited = editedResponse(form, googleUrl);
  if (edited === undefined) return notice(404, P.google.noResponseTitle, P.google.noResponse);
  const answers = postedAnswers(form, body);
  const errors = new Map<number, string>();
  for (const item of form.items) {
    const why = refusal(item, answers[item.title]);
    if (why) errors.set(item.id, why);
  }
  if (errors.size)
    return formPage(
      form,
      answers,
      errors,
      edited ? P.google.editResponseNote : P.google.formNote,
      422,
      edited,
    );
  let event: ReturnType<typeof addon.double.forms._submit>;
  let sent: FormResponseDouble | undefined;
  try {
    if (edited) {
      event = addon.double.forms._edit(form.id, edited.order, changedAnswers(edited.answers, answers));
      sent = edited;
    } else {
      event = addon.double.forms._submit(form.id, answers);
      sent = form.responses.at(-1);
    }
  } catch (e) {
    return notice(500, form.title, P.google.sendFailed(e instanceof Error ? e.message : String(e)));
  }
  try {
    addon.fireFormSubmit(event);
  } catch (e) {
    onTriggerError(P.google.triggerFailed(form.title, e instanceof Error ? e.message : String(e)));
  }
  const again = localAddress(form.getPublishedUrl())!;
  const editLink = form.allowEdits && sent ? localAddress(sent.getEditResponseUrl()) : null;
  return {
    status: 200,
    body: page(
      form.title,
      `<section class="card head"><h1>${esc(form.title)}</h1><p role="status" class="done">${esc(
        form.confirmation || P.google.recorded,
      )}</p>${
        editLink ? `<p><a href="${esc(editLink)}" data-edit>${esc(P.google.editResponse)}</a></p>` : ''
      }<p><a href="${esc(again)}">${esc(P.google.another)}</a></p></section>
<script>try { new BroadcastChannel('playground').postMessage({ type: 'changed' }); } catch (e) {}</script>`,
    ),
  };
}

const HEADINGS: Record<string, string> = {
  TITLE: 'h1',
  HEADING1: 'h1',
  HEADING2: 'h2',
  HEADING3: 'h3',
  HEADING4: 'h4',
  HEADING5: 'h5',
  HEADING6: 'h6',
};

/**
 * GET of a document's address: a document in the double (one the add-on created) as a readable page, read
 * through the same Body the add-on wrote it with: headings, paragraphs, lists and tables in order.
 */
export function showDocument(addon: LoadedAddon, googleUrl: string): PageReply {
  const id = /^\/document\/d\/([\w-]+)/.exec(new URL(googleUrl).pathname)?.[1];
  const doc = id ? addon.double.documents.docs.get(id) : undefined;
  if (!doc) return notice(404, P.google.noDocTitle, P.google.noDoc);
  if (doc.denied) return notice(403, P.google.noDocTitle, P.google.docDenied);
  // A log of its own: reading for the visitor is not a call the add-on made.
  const body = new DocBody(doc, new CallLog());
  const out: string[] = [];
  let inList = false;
  for (let i = 0; i < body.getNumChildren(); i++) {
    const el = body.getChild(i);
    const type = el.getType();
    if (type !== 'LIST_ITEM' && inList) {
      out.push('</ul>');
      inList = false;
    }
    if (type === 'TABLE') {
      const t = el as DocTable;
      const rows: string[] = [];
      for (let r = 0; r < t.getNumRows(); r++) {
        const row = t.getRow(r);
        const cells: string[] = [];
        for (let c = 0; c < row.getNumCells(); c++) cells.push(`<td>${esc(row.getCell(c).getText())}</td>`);
        rows.push(`<tr>${cells.join('')}</tr>`);
      }
      out.push(`<table>${rows.join('')}</table>`);
      continue;
    }
    const p = el as DocParagraph;
    const align =
      p.getAlignment() && p.getAlignment() !== 'LEFT'
        ? ` class="align-${esc(p.getAlignment().toLowerCase())}"`
        : '';
    if (type === 'LIST_ITEM') {
      if (!inList) out.push('<ul>');
      inList = true;
      out.push(`<li${align}>${esc(p.getText())}</li>`);
      continue;
    }
    const tag = HEADINGS[p.getHeading()] ?? 'p';
    // An empty paragraph is a blank line in a document.
    out.push(p.getText() === '' ? '<p class="blank"></p>' : `<${tag}${align}>${esc(p.getText())}</${tag}>`);
  }
  if (inList) out.push('</ul>');
  return {
    status: 200,
    body: page(
      doc.name,
      `<p class="note">${esc(P.google.docNote)}</p><article class="doc" data-doc="${esc(doc.id)}"><header class="doc-name">${esc(
        doc.name,
      )}</header>${out.join('\n')}</article>`,
    ),
  };
}

/**
 * A letter the add-on sent (MailApp in the double), as its recipient reads it: the plain text, with the links to
 * Google Forms and Documents the add-on made (a mentor's meeting report links) opening the playground's pages.
 */
export function showMail(addon: LoadedAddon, index: number): PageReply {
  const mail = addon.double.mail.sent[index];
  if (!mail) return notice(404, P.google.noMailTitle, P.google.noMail);
  const body = mail.body
    .split(/(https?:\/\/[^\s<>"]+)/)
    .map((part, i) => {
      const local = i % 2 === 1 ? localAddress(part) : null;
      return local ? `<a href="${esc(local)}" target="_blank" rel="noopener">${esc(part)}</a>` : esc(part);
    })
    .join('');
  return {
    status: 200,
    body: page(
      mail.subject,
      `<article class="card letter"><h1>${esc(mail.subject)}</h1><p class="note">${esc(P.google.mailTo(mail.to))}</p><div class="mail-body">${body}</div></article>`,
    ),
  };
}
