// zod compiles fast parsers with `new Function` after probing for it; under the page's CSP (no 'unsafe-eval') that
// probe is reported as a violation, so the client turns it off before any schema is used.
import { z } from "zod";

z.config({ jitless: true });
