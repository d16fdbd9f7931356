// Build step: the autofill engine as one script for any page (dist/portal-engine.js, defines window.__fill);
// see docs/extension.md «Judging on the portal set».
import { buildPortalEngine } from '../portalEngine.ts';

const r = await buildPortalEngine();
console.log(`  ${r.file}: ${(r.bytes / 1024).toFixed(0)} КБ`);
