/**
 * zod's global mode, set before any schema is built: each surface's entry point imports this first
 * (apps-script/src/entrypoints.ts, the extension's pages and injected script).
 */
import { z } from 'zod';

/** Set by the build (apps-script/build/bundle.ts, ServerBuildOptions.jitless); absent when tests import sources. */
declare const __ZOD_JITLESS__: boolean | undefined;

// jitless: no `new Function` compilation of object parsers. An Apps Script execution is short and cold, so
// compiling a parser costs more than it saves (bench/codeJs.bench.ts measures both); in the extension, zod's
// eval probe would also trip a strict Content Security Policy (a page's, where the engine is injected).
z.config({ jitless: typeof __ZOD_JITLESS__ === 'boolean' ? __ZOD_JITLESS__ : true });
