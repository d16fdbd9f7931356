// The playground page: the add-on's menu as buttons, every sheet as a table coloured as Sheets shows it,
// dialogs in a modal frame and the sidebar in a side panel (both served with the google.script.run shim).
// Google Form and Document links open the playground's own pages for them (google-links.js).

import { followGoogleLinks, localAddress } from '/google-links.js';

const T = {
  menuFailed: 'Пункт меню не выполнился: ',
  stateFailed: 'Площадка не отвечает: ',
  uis: 'Интерфейсы:',
  prompt: 'Запрос (на площадке ответ не вводится): ',
  mail: (to, subject) => `Письмо для ${to}: «${subject}»`,
  notGoogleLink: 'Это не ссылка на Google Форму или Google Документ, созданные надстройкой.',
};

const $ = (id) => document.getElementById(id);
let state = null;
let current = null;

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'onclick') e.addEventListener('click', v);
    else if (v !== undefined && v !== null) e.setAttribute(k, String(v));
  }
  for (const c of children) e.append(c);
  return e;
}

function message(text, kind = '', onclick = undefined) {
  const m = onclick
    ? el(
        'div',
        { class: `msg ${kind}`, role: 'status' },
        el('button', { type: 'button', class: 'link', onclick }, text),
      )
    : el('div', { class: `msg ${kind}`, role: 'status' }, text);
  $('messages').prepend(m);
  while ($('messages').children.length > 4) $('messages').lastChild.remove();
}

function openFrame(kind, title, src) {
  if (kind === 'sidebar') {
    $('sidebar-title').textContent = title;
    $('sidebar-frame').src = src;
    $('sidebar').hidden = false;
  } else {
    $('modal-title').textContent = title;
    $('modal-frame').src = src;
    $('modal').hidden = false;
  }
}

function closeFrame(which) {
  const box = which === 'sidebar' ? $('sidebar') : $('modal');
  box.hidden = true;
  (which === 'sidebar' ? $('sidebar-frame') : $('modal-frame')).src = 'about:blank';
}

function showDialogs(dialogs) {
  for (const d of dialogs) {
    if (d.kind === 'alert') message([d.title, d.text].filter(Boolean).join(': '));
    else if (d.kind === 'prompt') message(T.prompt + [d.title, d.text].filter(Boolean).join(': '));
    else openFrame(d.kind, d.title, `/dialog/${d.id}`);
  }
}

async function runMenu(handler) {
  const res = await fetch('/api/menu', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ handler }),
  });
  const reply = await res.json();
  if (!reply.ok) message(T.menuFailed + reply.message);
  else showDialogs(reply.dialogs);
  await refresh();
}

function renderMenu() {
  const bar = $('menubar');
  bar.replaceChildren();
  for (const menu of state.menus) {
    bar.append(el('span', { class: 'menu-title' }, menu.title));
    for (const item of menu.items) {
      if (!item.handler) bar.append(el('span', { class: 'sep' }));
      else
        bar.append(
          el(
            'button',
            { type: 'button', 'data-handler': item.handler, onclick: () => runMenu(item.handler) },
            item.caption,
          ),
        );
    }
  }
  bar.append(el('span', { class: 'sep' }), el('span', { class: 'menu-title' }, T.uis));
  for (const ui of state.uis)
    bar.append(
      el(
        'button',
        {
          type: 'button',
          'data-ui': ui,
          onclick: () => openFrame(/sidebar/.test(ui) ? 'sidebar' : 'modal', `${ui}.html`, `/ui/${ui}`),
        },
        ui,
      ),
    );
}

function renderTabs() {
  const tabs = $('tabs');
  tabs.replaceChildren();
  for (const sheet of state.sheets) {
    tabs.append(
      el(
        'button',
        {
          type: 'button',
          role: 'tab',
          'data-sheet': sheet.name,
          'aria-selected': sheet.name === current,
          onclick: () => {
            current = sheet.name;
            renderTabs();
            renderGrid();
          },
        },
        sheet.name,
      ),
    );
  }
}

function selected(sheetName, row, column) {
  const s = state.selection;
  if (!s?.range || s.sheet !== sheetName) return false;
  const { range: g } = s;
  return row >= g.row && row < g.row + g.rows && column >= g.column && column < g.column + g.columns;
}

function renderGrid() {
  const sheet = state.sheets.find((s) => s.name === current);
  const grid = $('grid');
  grid.replaceChildren();
  if (!sheet) return;
  const table = el('table', { 'data-sheet': sheet.name });
  sheet.rows.forEach((row, r) => {
    const tr = el(
      'tr',
      { class: r < sheet.frozenRows ? 'frozen' : '' },
      el('th', { class: 'rownum' }, r + 1),
    );
    row.forEach((text, c) => {
      const bg = sheet.backgrounds[r][c];
      // textContent only: a curator's text is never run as HTML.
      const note = sheet.notes[`${r + 1}:${c + 1}`];
      const td = el('td', {
        title: note ? `${text}\n— ${note}` : text,
        class:
          [note ? 'noted' : '', selected(sheet.name, r + 1, c + 1) ? 'selected' : ''].join(' ').trim() ||
          undefined,
        style: bg ? `background:${bg}` : undefined,
        'data-bg': bg ?? '',
      });
      // A Google Form or Document address in a cell opens the playground's page for it.
      const local = localAddress(text);
      if (local) td.append(el('a', { href: local, target: '_blank', rel: 'noopener' }, text));
      else td.textContent = text;
      tr.append(td);
    });
    table.append(tr);
  });
  grid.append(table);
}

let shownToasts = 0;
let shownMail = 0;
let shownFailures = 0;
let lastSelection = '';
async function refresh() {
  try {
    state = await (await fetch('/api/state')).json();
  } catch (e) {
    message(T.stateFailed + e.message);
    return;
  }
  $('today').textContent = state.today.split('-').reverse().join('.');
  $('doc-title').textContent = state.spreadsheet;
  for (const t of state.toasts.slice(shownToasts))
    message([t.title, t.message].filter(Boolean).join(': '), 'toast');
  shownToasts = state.toasts.length;
  // A letter opens as its recipient reads it (its Google links open the playground's pages).
  state.mail.slice(shownMail).forEach((m, i) => {
    const n = shownMail + i;
    message(T.mail(m.to, m.subject), 'toast', () => openFrame('modal', m.subject, `/mail/${n}`));
  });
  shownMail = state.mail.length;
  for (const f of state.failures.slice(shownFailures)) message(f);
  shownFailures = state.failures.length;
  // The add-on activated a sheet or selected a range (e.g. an error row from the sidebar): follow it.
  const selection = JSON.stringify(state.selection);
  if (state.selection && selection !== lastSelection && lastSelection !== '') current = state.selection.sheet;
  lastSelection = selection;
  if (!state.sheets.some((s) => s.name === current)) current = state.sheets[0]?.name ?? null;
  renderMenu();
  renderTabs();
  renderGrid();
  document.body.dataset.ready = 'true';
}

window.addEventListener('message', (e) => {
  const data = e.data || {};
  if (data.type === 'gas-changed') refresh();
  if (data.type === 'gas-host' && data.what === 'close')
    closeFrame(e.source === $('sidebar-frame').contentWindow ? 'sidebar' : 'modal');
});
// An answer sent from a form page in another tab changed the sheets.
try {
  new BroadcastChannel('playground').addEventListener('message', () => refresh());
} catch {
  // no BroadcastChannel: the sheets update on the next action
}
async function passDays(days) {
  const reply = await (
    await fetch('/api/days', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ days }),
    })
  ).json();
  if (!reply.ok) message(reply.message);
  await refresh();
}
$('next-day').addEventListener('click', () => passDays(1));
$('next-week').addEventListener('click', () => passDays(7));
// A link the visitor copied from the add-on (a pair's meeting report link, a questionnaire): opened here.
$('open-link').addEventListener('submit', (e) => {
  e.preventDefault();
  const local = localAddress($('link').value.trim());
  if (!local) message(T.notGoogleLink);
  else window.open(local, '_blank');
});
followGoogleLinks(document);
$('sidebar-close').addEventListener('click', () => closeFrame('sidebar'));
$('modal-close').addEventListener('click', () => closeFrame('modal'));

shownToasts = 0;
refresh();
