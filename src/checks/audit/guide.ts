import type { Content } from '../../ingest/load.ts';
import type { Graph } from '../../model/graph.ts';
import type { Problem } from '../../report/problems.ts';
import { findSourceCopies, fingerprint, runsOf } from './fingerprints.ts';
import { type AttributedLine, attributedLines, GUIDE_ORGS, shingles, wordsOf } from './guide-lines.ts';

/**
 * The knowledge base against the guide it comes from (`npm run audit`): every attributed line of
 * the guide has a point in the outline whose entries cite each organisation the line names, and no
 * file repeats a run of `run` words of the guide verbatim; each source's guide-only claims name a
 * guide line that names the source's organisation; and no content file repeats a run of a source
 * whose fingerprints are recorded (./fingerprints.ts).
 */
export interface AuditInput {
  guide: string;
  content: Content;
  graph: Graph;
  /** The texts to search for copied runs: path → text. */
  files: Map<string, string>;
  run: number;
  /** How the guide names organisations; the real guide's names by default. */
  orgs?: [RegExp, string][];
  outlineFile?: string;
  /** Source id → the fingerprints of the text we read of it (content/source-fingerprints/). */
  fingerprints?: Map<string, Set<string>>;
  /** The content files to search for runs copied from a source (source files without their naming fields). */
  contentFiles?: Map<string, string>;
}
interface AuditResult {
  problems: Problem[];
  lines: AttributedLine[];
  points: number;
  verbatim: number;
  /** Runs copied from a source. */
  verbatimSource: number;
}

export function auditGuide({
  guide,
  content,
  graph,
  files,
  run,
  orgs = GUIDE_ORGS,
  outlineFile = 'content/outline.yaml',
  fingerprints = new Map(),
  contentFiles = files,
}: AuditInput): AuditResult {
  const problems: Problem[] = [];
  const points = content.outline.flatMap((s) => s.data.points.map((p) => ({ ...p, at: s.line })));
  // The healthcare LSTM paper is a research source by no company: its sources are named lipton-*.
  const orgsCitedBy = (key: string) =>
    new Set(
      (graph.entries.get(key)?.citations ?? []).map((c) =>
        c.startsWith('lipton-') ? 'lipton' : (graph.sources.get(c)?.organisation ?? ''),
      ),
    );
  const lines = attributedLines(guide, orgs);
  for (const line of lines) {
    const carrying = points.filter((p) => p.line === line.line);
    if (!carrying.length) {
      problems.push({
        file: outlineFile,
        line: 1,
        column: 1,
        rule: 'uncarried-line',
        message:
          `guide line ${line.line} (${line.orgs.join(', ')}) has no point: add one with \`line: ` +
          `${line.line}\` and the entries that carry it`,
      });
      continue;
    }
    const cited = new Set(carrying.flatMap((p) => p.entries.flatMap((k) => [...orgsCitedBy(k)])));
    for (const org of line.orgs.filter((o) => !cited.has(o))) {
      problems.push({
        file: outlineFile,
        line: carrying[0]!.at,
        column: 1,
        rule: 'missing-attribution',
        message:
          `guide line ${line.line} names ${org}, but none of ${carrying.flatMap((p) => p.entries).join(', ')} ` +
          `cites a ${org} source: cite it where the lesson is told`,
      });
    }
  }
  const guideRuns = shingles(guide, run);
  let verbatim = 0;
  for (const [file, text] of files) {
    const w = wordsOf(text);
    for (let j = 0; j + run <= w.length; j++) {
      const words = w
        .slice(j, j + run)
        .map((x) => x.word)
        .join(' ');
      if (!guideRuns.has(words)) continue;
      verbatim++;
      problems.push({
        file,
        line: w[j]!.line,
        column: 1,
        rule: 'verbatim',
        message: `repeats the guide word for word ("${words}"): restate it in your own words`,
      });
      j += run - 1; // one report per copied run
    }
  }
  problems.push(...guideOnlyAttribution(content, lines, orgs));
  // A source's title may be quoted to name it; no other run of a source may be.
  const allowed = new Set(content.sources.flatMap((s) => runsOf(s.data.title).map((r) => fingerprint(r.run))));
  const copies = findSourceCopies({ files: contentFiles, fingerprints, allowed });
  problems.push(...copies);
  return { problems, lines, points: points.length, verbatim, verbatimSource: copies.length };
}

/** The organisation the guide names for a source: its company, or `lipton` for the healthcare LSTM paper. */
const orgOf = (source: Content['sources'][number]) =>
  source.id.startsWith('lipton-') ? 'lipton' : source.data.organisation?.id;

/** Each guide-only claim's guide line names the source's organisation in its parentheses. */
function guideOnlyAttribution(content: Content, lines: AttributedLine[], orgs: [RegExp, string][]): Problem[] {
  const byLine = new Map(lines.map((l) => [l.line, l]));
  const problems: Problem[] = [];
  for (const source of content.sources) {
    const org = orgOf(source);
    source.data.guide_only.forEach((claim, i) => {
      const line = byLine.get(claim.guide_line);
      if (org && line?.orgs.includes(org)) return;
      const named = line ? `names ${line.orgs.join(', ')}` : 'names no organisation the audit knows';
      const own = lines.filter((l) => org && l.orgs.includes(org)).map((l) => l.line);
      const candidates = own.length > 20 ? `${own.slice(0, 20).join(', ')}, …` : own.join(', ') || 'none';
      problems.push({
        file: source.file,
        ...source.yaml.locate(['guide_only', i, 'guide_line']),
        rule: 'guide-only-attribution',
        message: !org
          ? `claim \`${claim.id}\`: the source has no \`organisation\` the guide could name (known: ` +
            `${[...new Set(orgs.map(([, id]) => id))].join(', ')}), so no guide line attributes a claim to it: ` +
            `set its organisation or remove the claim`
          : `claim \`${claim.id}\` names guide line ${claim.guide_line}, which ${named}, not ${org}: write the ` +
            `line that attributes the claim to ${org} (its lines: ${candidates})`,
      });
    });
  }
  return problems;
}
