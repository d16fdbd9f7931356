// The engine as one plain script for any page (the portal judge injects it into every frame): defines
// `window.__fill(report)`, which reads a report in the portals' vocabulary and fills this frame's document.
import { packageFromVocabulary } from '../../shared/report';
import { fillPage } from './apply';

/** Today's date where the page runs, ГГГГ-ММ-ДД (the package's generation date; not the report's date). */
function localToday(): string {
  const d = new Date();
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

(globalThis as unknown as { __fill: (report: Record<string, unknown>) => Promise<number> }).__fill = async (
  report,
) => {
  const pkg = packageFromVocabulary(report, localToday());
  // Open shadow roots and same-origin frames are reached from here; other frames run their own copy.
  return fillPage(document, pkg).result.filled;
};
