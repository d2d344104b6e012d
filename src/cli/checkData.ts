// `npm run check:data`: validates data/ and prints one line per problem (file:line:column —
// figure — field — what — fix). Exit code 1 on any problem. It never rewrites data files: it is
// `npm run figures -- check` without --fix, so both commands share one implementation.

import { runCheck } from '../authoring/runCheck.ts';

process.exitCode = runCheck({ dataDir: process.argv[2] ?? 'data', fix: false });
