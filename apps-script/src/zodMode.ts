/** zod's global mode for the add-on, set before any schema is built: entrypoints.ts imports this first. */
import { z } from 'zod';

/** Set by the build (apps-script/build/bundle.ts, ServerBuildOptions.jitless); absent when tests import sources. */
declare const __ZOD_JITLESS__: boolean | undefined;

// jitless: no `new Function` compilation of object parsers. An Apps Script execution is short and cold, so
// compiling a parser costs more than it saves (bench/codeJs.bench.ts measures both).
z.config({ jitless: typeof __ZOD_JITLESS__ === 'boolean' ? __ZOD_JITLESS__ : true });
