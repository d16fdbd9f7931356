// Injected into the person's tab on their click (scripting.executeScript); runs the autofill engine there.
// First: zod's mode must be set before any schema is built.
import '../../shared/zodMode';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { fillPage, planFill, prefilledLink, summarizePlan } from '../autofill';
import { clearPreview, showPreview } from '../autofill/preview';
import type { FillResult } from '../autofill/types';
import { PAGE_GLOBAL, type PageAnswer, type PageCommand } from '../tab/protocol';

export default defineUnlistedScript(() => {
  const g = globalThis as unknown as Record<string, unknown>;
  if (g[PAGE_GLOBAL]) return;
  let last: FillResult | null = null;
  const run = (cmd: PageCommand): PageAnswer => {
    const url = location.href;
    switch (cmd.type) {
      case 'hello':
        return { url };
      case 'clear':
        clearPreview();
        return { url };
      case 'undo': {
        clearPreview();
        const undone = last ? last.undo() : 0;
        last = null;
        return { url, undone };
      }
      case 'preview':
      case 'fill': {
        clearPreview();
        const options = { mappings: cmd.mappings, elsewhere: cmd.elsewhere ?? [], overwrite: cmd.overwrite };
        if (cmd.type === 'preview') {
          const plan = planFill(document, cmd.report, options);
          showPreview(plan);
          return { url, plan: summarizePlan(plan), link: prefilledLink(document, plan) };
        }
        // Fill again where a picked «Да» revealed its fields (fillPage).
        const { plan, result } = fillPage(document, cmd.report, options);
        const link = prefilledLink(document, plan);
        last = result;
        return { url, plan: summarizePlan(plan), link, filled: result.filled, failed: result.failed.length };
      }
    }
  };
  g[PAGE_GLOBAL] = { run };
});
