import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { differences } from '../helpers/dev-server.ts';
import { brokenCopy, FIXTURE } from '../helpers/fixture.ts';
import { projectCopy } from '../helpers/project.ts';

/*
 * Caches that cannot be stale: the fixture is built, then a rendering function (how citations name
 * their source anchors) and a heading's text change, and the site is built again with the first
 * build's caches (Astro's, the social cards'). It must equal a build of the same change from scratch.
 */
const CODE = 'src/ingest/citations.ts';
const renamedAnchors = (s: string) => {
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal, replaced as text
  const next = s.replace('`source-${key}`', '`cited-${key}`');
  if (next === s) throw new Error(`${CODE} no longer names anchors as \`source-\${key}\`: update this test`);
  return next;
};
const HEADING = {
  'challenges/label-noise.mdx': (s: string) => s.replace('## Why it happens', '## Why it happens, reworded'),
};

describe('a rebuild with the caches of an earlier build', () => {
  it('gives the same site as a build from scratch after a code and a content change', async () => {
    const warm = projectCopy('stale-project');
    const content = brokenCopy('stale-content', FIXTURE, {});
    await buildSite('stale', content, { project: warm });
    writeFileSync(join(warm, CODE), renamedAnchors(readFileSync(join(warm, CODE), 'utf8')));
    const changed = brokenCopy('stale-content', FIXTURE, HEADING);
    const rebuilt = await buildSite('stale', changed, { project: warm });

    const clean = projectCopy('clean-project');
    writeFileSync(join(clean, CODE), renamedAnchors(readFileSync(join(clean, CODE), 'utf8')));
    const scratch = await buildSite('clean', brokenCopy('clean-content', FIXTURE, HEADING), { project: clean });

    expect(readFileSync(join(rebuilt, 'challenges/label-noise/index.html'), 'utf8')).toContain('reworded');
    expect(readFileSync(join(rebuilt, 'practices/label-by-hand/index.html'), 'utf8')).toContain('id="cited-');
    expect(differences(rebuilt, scratch)).toEqual([]);
  }, 600_000);
});
