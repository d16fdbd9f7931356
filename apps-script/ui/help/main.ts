/** The «Справка» dialog: its text in the window's language, and the sheets and menu items the server reports, as lists built with textContent. */
import { callServer, closeDialog } from '../shared/server';
import { HELP } from './strings';

function list(title: string, items: readonly string[]): HTMLElement {
  const box = document.createElement('section');
  const h = document.createElement('h2');
  h.textContent = title;
  const ul = document.createElement('ul');
  for (const item of items) {
    const li = document.createElement('li');
    li.textContent = item;
    ul.append(li);
  }
  box.append(h, ul);
  return box;
}

/** The dialog's own text, in the window's language. */
const text = document.getElementById('text')!;
for (const [tag, value] of [
  ['h1', HELP.title],
  ['p', HELP.intro],
  ['h2', HELP.roadmapTitle],
  ['p', HELP.roadmap],
  ['h2', HELP.meetingsTitle],
  ['p', HELP.meetings],
] as const) {
  const el = document.createElement(tag);
  el.textContent = value;
  text.append(el);
}

const info = document.getElementById('info')!;
const close = document.getElementById('close') as HTMLButtonElement;
close.textContent = HELP.close;
close.addEventListener('click', closeDialog);

callServer('getAddonInfo')
  .then((a) => {
    const today = document.createElement('p');
    today.textContent = HELP.today(a.today);
    info.append(
      list(HELP.sheetsTitle, a.sheets),
      list(HELP.menuTitle, a.menu),
      list(HELP.healthTitle, a.healthRules),
      today,
    );
  })
  .catch(() => {
    info.className = 'error';
    info.textContent = HELP.loadError;
  });
