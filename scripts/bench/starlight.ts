/**
 * The same generated pages built with Astro Starlight, for comparison. Starlight is installed in a
 * folder of its own for the benchmark alone: it is not a dependency of the site.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STARLIGHT = '0.42.4';

export function setupStarlight(dir: string, astroVersion: string): void {
  if (existsSync(join(dir, 'node_modules/@astrojs/starlight'))) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify(
      {
        name: 'kb-bench-starlight',
        private: true,
        type: 'module',
        dependencies: { astro: astroVersion, '@astrojs/starlight': STARLIGHT, node: '24.21.0' },
        allowScripts: { node: true, esbuild: true, sharp: true },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  outDir: process.env.KB_OUT_DIR ?? './dist',
  cacheDir: process.env.KB_CACHE_DIR ?? './node_modules/.astro',
  integrations: [starlight({ title: 'Production ML Lessons', pagefind: true })],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  execSync('npm install --no-audit --no-fund --loglevel=error', { cwd: dir, stdio: 'inherit' });
}

/** Our MDX entries as Starlight docs: same bodies; guidance blocks become Starlight asides. */
export function copyToStarlight(kb: string, dir: string): void {
  const docs = join(dir, 'src/content/docs');
  rmSync(docs, { recursive: true, force: true });
  for (const collection of ['practices', 'challenges', 'techniques', 'companies']) {
    mkdirSync(join(docs, collection), { recursive: true });
    for (const name of readdirSync(join(kb, collection))) {
      const text = readFileSync(join(kb, collection, name), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const title = /^title: (.*)$/m.exec(front)?.[1] ?? name;
      const summary = /^summary: (.*)$/m.exec(front)?.[1] ?? '';
      const converted = body.replace(
        /<Guidance>\n([\s\S]*?)\n<\/Guidance>/g,
        ':::note[Unattributed guidance]\n$1\n:::',
      );
      writeFileSync(
        join(docs, collection, name),
        `---\ntitle: ${JSON.stringify(title)}\ndescription: ${JSON.stringify(summary)}\n---\n${converted}`,
      );
    }
  }
  writeFileSync(join(docs, 'index.mdx'), '---\ntitle: Production ML Lessons\n---\n\nBenchmark copy.\n');
}
