/** The «Анкеты» dialog: each questionnaire's form links and counts, satisfaction so far, and «Проверить формы». */
import type { SurveyStatus } from '../../src/surveys/surveys';
import { $, el } from '../shared/dom';
import { callServer, closeDialog } from '../shared/server';
import { SURVEYS_UI as T } from './strings';

function link(href: string, text: string): HTMLAnchorElement {
  const a = el('a', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}

function tableOf(head: readonly string[], rows: (string | Node)[][]): HTMLTableElement {
  const t = el('table');
  const tr = el('tr');
  for (const h of head) tr.append(el('th', h));
  t.append(tr);
  for (const r of rows) {
    const line = el('tr');
    for (const c of r) {
      const td = el('td');
      td.append(c);
      line.append(td);
    }
    t.append(line);
  }
  return t;
}

function render(s: SurveyStatus): void {
  const status = $('status');
  status.textContent = '';
  status.className = '';
  if (s.error) {
    status.className = 'error';
    status.textContent = s.error;
    return;
  }
  if (!s.triggerOn) status.append(el('p', T.triggerOff, 'warning'));
  const forms = $('forms');
  forms.textContent = '';
  forms.append(
    tableOf(
      T.columns,
      s.forms.map((f) => {
        const links = el('span');
        if (f.publishedUrl && f.editUrl)
          links.append(link(f.publishedUrl, T.fillLink), ' · ', link(f.editUrl, T.editLink));
        else links.append(el('span', T.missing, 'warning'));
        return [
          f.title,
          links,
          String(f.received),
          String(f.filed),
          String(f.withProblems),
          String(f.noConsent),
        ];
      }),
    ),
  );
  if (s.forms.some((f) => f.withProblems > 0)) forms.append(el('p', T.problemsHint(s.responsesSheet)));
  const sat = $('satisfaction');
  sat.textContent = '';
  sat.append(
    el('h2', T.satisfactionTitle),
    tableOf(
      T.satisfactionColumns,
      s.satisfaction.map((x) => [
        T.roles[x.role] ?? x.role,
        String(x.count),
        x.mean === null ? T.none : String(x.mean).replace('.', ','),
        x.percent === null ? T.none : `${String(x.percent).replace('.', ',')} %`,
      ]),
    ),
  );
}

function fail(): void {
  const status = $('status');
  status.className = 'error';
  status.textContent = T.loadError;
}

$('title').textContent = T.title;
$('intro').textContent = T.intro;
$('status').textContent = T.loading;
const repair = $('repair') as HTMLButtonElement;
repair.textContent = T.repair;
const close = $('close') as HTMLButtonElement;
close.textContent = T.close;
close.addEventListener('click', closeDialog);

repair.addEventListener('click', () => {
  repair.disabled = true;
  repair.textContent = T.repairing;
  callServer('repairSurveys')
    .then((r) => {
      if (r.ok) {
        render(r.status);
        $('status').prepend(el('p', r.message, 'done'));
      } else {
        $('status').className = 'error';
        $('status').textContent = r.message;
      }
    })
    .catch(fail)
    .finally(() => {
      repair.disabled = false;
      repair.textContent = T.repair;
    });
});

callServer('getSurveyStatus').then(render).catch(fail);
