import { policyFacts } from './inline-scripts.ts';
import { answerCalls } from './thread-calls.ts';

/*
 * The thread that reads each rendered page for its Content-Security-Policy (src/integrations/csp.ts):
 * where its <head> opens and the hashes of its inline scripts. Reading every page took the build's
 * own thread three seconds at 5,000 entries, while the other core waited.
 */
answerCalls(policyFacts);
