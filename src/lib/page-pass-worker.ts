import { pageFacts } from './page-pass.ts';
import { answerCalls } from './thread-calls.ts';

/*
 * The thread that reads each rendered page once (page-pass.ts) for its Content-Security-Policy
 * and its search-index spacing (see page-reader.ts). Reading every page took the build's own
 * thread three seconds at 5,000 entries while the other core waited, and the search thread as
 * much again for its spacing alone.
 */
answerCalls(pageFacts);
