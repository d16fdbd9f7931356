/** The «Ссылки на отчёт о встрече» dialog: each active pair's form link to copy, and the mail merge with its quota check. */
import type { MeetingLinks } from '../../src/year/meetingFiling';
import { $, el } from '../shared/dom';
import { callServer, closeDialog } from '../shared/server';
import { MEETINGS_UI as T } from './strings';

function render(s: MeetingLinks): void {
  const status = $('status');
  status.textContent = '';
  status.className = '';
  if (!s.ok) {
    status.className = 'error';
    status.textContent = s.error ?? T.loadError;
    return;
  }
  if (s.editUrl) {
    const a = el('a', T.editLink);
    a.href = s.editUrl;
    a.target = '_blank';
    a.rel = 'noopener';
    status.append(a);
  }
  const box = $('links');
  box.textContent = '';
  if (s.links.length === 0) {
    box.append(el('p', T.none, 'muted'));
    return;
  }
  const t = el('table');
  const head = el('tr');
  for (const h of T.columns) head.append(el('th', h));
  t.append(head);
  for (const l of s.links) {
    const tr = el('tr');
    tr.dataset.pair = l.pairId;
    const cell = el('td');
    const link = (url: string, label: string) => {
      const input = el('input', '', 'link');
      input.readOnly = true;
      input.value = url;
      if (label) input.title = label;
      input.addEventListener('focus', () => input.select());
      if (label) cell.append(el('div', label, 'muted'));
      cell.append(input);
    };
    link(l.url, '');
    // The pair questionnaires' personal links carry the same key.
    if (l.interimUrl) link(l.interimUrl, T.interim);
    if (l.finalUrl) link(l.finalUrl, T.final);
    tr.append(
      el('td', l.pairId),
      el('td', l.mentorName),
      el('td', l.menteeNames.join(', ')),
      el('td', l.health),
      cell,
    );
    t.append(tr);
  }
  box.append(t);
  const all = $('all') as HTMLTextAreaElement;
  all.value = s.links
    .map((l) =>
      T.listLine(
        l.pairId,
        l.mentorName,
        l.url,
        [l.interimUrl, l.finalUrl].filter((u): u is string => !!u),
      ),
    )
    .join('\n');
}

$('title').textContent = T.title;
$('intro').textContent = T.intro;
$('status').textContent = T.loading;
const close = $('close') as HTMLButtonElement;
close.textContent = T.close;
close.addEventListener('click', closeDialog);
const copy = $('copy') as HTMLButtonElement;
copy.textContent = T.copyAll;
copy.addEventListener('click', () => {
  const all = $('all') as HTMLTextAreaElement;
  all.hidden = false;
  all.select();
  $('mail-status').textContent = T.copied;
});

const mail = $('mail') as HTMLButtonElement;
const send = $('send') as HTMLButtonElement;
mail.textContent = T.mail;
send.textContent = T.mailConfirm;
const mailStatus = $('mail-status');
const run = (really: boolean) => {
  mail.disabled = true;
  send.disabled = true;
  mailStatus.className = '';
  mailStatus.textContent = T.mailBusy;
  callServer('sendMeetingLinks', really)
    .then((r) => {
      mailStatus.className = r.ok ? 'done' : 'error';
      mailStatus.textContent = r.message;
      // A count first, then the curator's «Отправить»: nothing is sent without it.
      send.hidden = !(r.ok && !really);
    })
    .catch(() => {
      mailStatus.className = 'error';
      mailStatus.textContent = T.loadError;
    })
    .finally(() => {
      mail.disabled = false;
      send.disabled = false;
    });
};
mail.addEventListener('click', () => run(false));
send.addEventListener('click', () => run(true));

callServer('getMeetingLinks')
  .then(render)
  .catch(() => {
    $('status').className = 'error';
    $('status').textContent = T.loadError;
  });
