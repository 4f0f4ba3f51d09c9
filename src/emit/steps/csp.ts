import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headersFile, policy, scriptHash } from '../../model/csp.ts';
import type { Step } from '../step.ts';

/**
 * Puts a Content-Security-Policy <meta> at the top of every page's <head>, allowing the page's own
 * inline scripts by hash (src/model/csp.ts): it hashes exactly the bytes the browser will. Then
 * writes `_headers` for hosts that read one, with every page's hashes.
 */
export function contentSecurityPolicy(): Step {
  const all = new Set<string>();
  let pages = 0;
  return {
    name: 'csp',
    transform: ({ file, html, reading }) => {
      if (reading.headEnd === null)
        throw new Error(`${file} has no <head>, so it cannot carry the Content-Security-Policy: give its layout one`);
      const hashes = reading.scripts.map(scriptHash);
      for (const h of hashes) all.add(h);
      const content = policy(hashes);
      // Straight after <head ...>, before any script, so the policy governs all of them.
      reading.policy = content;
      reading.scriptBeforePolicy = false;
      pages++;
      const at = reading.headEnd;
      return `${html.slice(0, at)}<meta http-equiv="content-security-policy" content="${content}">${html.slice(at)}`;
    },
    done: async ({ dir, base, logger }) => {
      await writeFile(join(dir, '_headers'), headersFile(base, all));
      logger.info(`content security policy on ${pages} pages, ${all.size} inline script(s) allowed by hash`);
      return 0;
    },
  };
}
