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

const text: Record<string, string> = {
  title: HELP.title,
  intro: HELP.intro,
  'roadmap-title': HELP.roadmapTitle,
  roadmap: HELP.roadmap,
  'meetings-title': HELP.meetingsTitle,
  meetings: HELP.meetings,
};
for (const [id, value] of Object.entries(text)) document.getElementById(id)!.textContent = value;

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
