/**
 * Generates a synthetic knowledge base of the real one's shape: the same collections in the same
 * proportions, references, tags, citations, guidance blocks, and a diagram every 50 entries. The
 * text is filler; the structure (and so the work for the build and the checks) is realistic.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY } from '../../src/schemas/registry.ts';

const SHARE = { practices: 0.35, challenges: 0.15, techniques: 0.4, companies: 0.1 } as const;
const TAGS = [
  'labeling',
  'ranking',
  'cold-start',
  'embeddings',
  'evaluation',
  'monitoring',
  'deployment',
  'feature-engineering',
  'drift',
  'scalability',
];
const SECTIONS = [
  'ii-a1-collection',
  'ii-a3-labeling',
  'ii-b1-ideation',
  'ii-d1-strategy',
  'iii-cold-start',
  'iv-embeddings',
];
const STAGES = [
  'data',
  'features',
  'model-selection',
  'training-validation',
  'productionization',
  'monitoring-iteration',
];
const WORDS =
  'model data labels features training serving latency drift ranking users items offline online experiment metric baseline pipeline platform quality coverage'.split(
    ' ',
  );

/** A small deterministic generator, so every run builds the same site. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface Generated {
  dir: string;
  entries: number;
  pages: number;
}

export function generateKb(dir: string, total: number, realContent: string): Generated {
  rmSync(dir, { recursive: true, force: true });
  const rand = rng(total);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const sentence = (n = 14) => {
    const w = Array.from({ length: n }, () => pick(WORDS));
    w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
    return `${w.join(' ')}.`;
  };
  const counts = Object.fromEntries(
    Object.entries(SHARE).map(([c, share]) => [c, Math.max(3, Math.round(total * share))]),
  ) as Record<keyof typeof SHARE, number>;
  const ids = (c: string, n: number) => Array.from({ length: n }, (_, i) => `${c.slice(0, -1)}-${i + 1}`);
  const all = {
    practices: ids('practices', counts.practices),
    challenges: ids('challenges', counts.challenges),
    techniques: ids('techniques', counts.techniques),
    companies: ids('companies', counts.companies),
  };
  const sources = all.companies.flatMap((c, i) => [`${c}-study-a`, `${c}-study-b`].map((id) => ({ id, org: c, n: i })));
  for (const c of [...Object.keys(all), 'sources']) mkdirSync(join(dir, c), { recursive: true });
  copyFileSync(join(realContent, 'tags.yaml'), join(dir, 'tags.yaml'));
  writeFileSync(join(dir, 'outline.yaml'), `${SECTIONS.map((s) => `${s}: { title: "Section ${s}" }`).join('\n')}\n`);
  for (const s of sources) {
    writeFileSync(
      join(dir, 'sources', `${s.id}.yaml`),
      `title: Case study ${s.id}\norganisation: ${s.org}\npublisher: Company ${s.n + 1}\nyear: 2020\nurl: https://example.org/${s.id}\nconfidence: high\nkind: blog-post\nrole: case-study\nchecked: true\nread_at: https://example.org/${s.id}\nproblem: ${sentence(12)}\napproach: ${sentence(14)}\n`,
    );
  }
  let written = 0;
  const cite = () => `[@${pick(sources).id}]`;
  const refs = (list: string[], n: number, self?: string) =>
    [...new Set(Array.from({ length: n }, () => pick(list)))].filter((x) => x !== self);
  for (const [collection, list] of Object.entries(all) as [keyof typeof all, string[]][]) {
    list.forEach((id, i) => {
      written++;
      const front = [
        `title: ${collection.slice(0, -1)} ${i + 1} ${pick(WORDS)}`,
        `summary: ${sentence(16)}`,
        `tags: [${refs(TAGS, 3).join(', ')}]`,
      ];
      if (collection !== 'companies')
        front.push(`stages: [${refs(STAGES, 2).join(', ')}]`, `guide: [${pick(SECTIONS)}]`);
      if (collection === 'practices' || collection === 'techniques')
        front.push(`challenges: [${refs(all.challenges, 2).join(', ')}]`);
      if (collection === 'practices') front.push(`techniques: [${refs(all.techniques, 2).join(', ')}]`);
      // Each entry names the next one, so none is unreachable (as the structure check requires).
      if (collection !== 'companies') {
        const related = [...new Set([list[(i + 1) % list.length]!, ...refs(list, 1, id)])].filter((x) => x !== id);
        front.push(`related: [${related.join(', ')}]`);
      }
      const own =
        collection === 'companies'
          ? sources
              .filter((s) => s.org === id)
              .map((s) => `[@${s.id}]`)
              .join(' ')
          : cite();
      // The sections each kind requires (src/schemas/shapes.ts), so the generated base passes `npm run check`.
      const [first, ...rest] = REGISTRY[collection].shape;
      const links = refs(
        [...all.challenges.map((x) => `/challenges/${x}/`), ...all.techniques.map((x) => `/techniques/${x}/`)],
        3,
      );
      const body = [
        `${sentence()} ${sentence()} ${own}`,
        `## ${first!.heading} \\{#${first!.id}}`,
        ...Array.from({ length: 4 }, () => `- **${pick(WORDS)}:** ${sentence(18)} ${cite()}`),
        ...links.map((h) => `- See [${h}](${h}). ${sentence(8)} ${cite()}`),
        ...rest.flatMap((sec) => [`## ${sec.heading} \\{#${sec.id}}`, `${sentence(20)} ${sentence(20)} ${cite()}`]),
        `<Guidance>\n\n${sentence(20)}\n\n</Guidance>`,
        written % 50 === 0 ? diagram(written, all.practices) : '',
      ].filter(Boolean);
      writeFileSync(join(dir, collection, `${id}.mdx`), `---\n${front.join('\n')}\n---\n\n${body.join('\n\n')}\n`);
    });
  }
  const pages = written + sources.length + TAGS.length;
  return { dir, entries: written, pages };
}

/** Diagrams come from a pool of ten, so a large run renders ten diagrams, not hundreds. */
function diagram(n: number, practices: string[]): string {
  const k = (n / 50) % 10;
  const target = practices[k % practices.length];
  return `\`\`\`mermaid\nflowchart TD\n    accTitle: Synthetic diagram ${k}\n    accDescr: A generated flowchart for the benchmark.\n    A["Start ${k}"] --> B{"Check ${k}?"}\n    B -- Yes --> C["Act"]\n    B -- No --> D["Wait"]\n    click C "/practices/${target}/"\n\`\`\``;
}
