/**
 * `npm run diagrams`: renders the mermaid diagrams of content/ that are not yet in the cache
 * (src/ingest/diagrams/prerender.ts). `npm run build` does the same after the checks, in their process.
 */

import { prerenderDiagrams } from '../src/ingest/diagrams/prerender.ts';
import { loadContent } from '../src/ingest/load.ts';
import { contentDir } from '../src/ingest/settings.ts';

if (!(await prerenderDiagrams(await loadContent(contentDir())))) process.exit(1);
