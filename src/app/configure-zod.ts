import { z } from 'zod/mini';

// zod 4 probes `new Function` to compile parsers; our Content-Security-Policy forbids eval, and the probe
// is reported as a CSP violation. The interpreted path is fast enough for our forms.
z.config({ jitless: true });
