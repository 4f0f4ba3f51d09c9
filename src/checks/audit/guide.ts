import type { Content } from '../../ingest/load.ts';
import type { Graph } from '../../model/graph.ts';
import type { Problem } from '../../report/problems.ts';
import { type AttributedLine, attributedLines, GUIDE_ORGS, shingles, wordsOf } from './guide-lines.ts';

/**
 * The knowledge base against the guide it comes from (`npm run audit`): every attributed line of
 * the guide has a point in the outline whose entries cite each organisation the line names, and no
 * file repeats a run of `run` words of the guide verbatim.
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
}
export interface AuditResult {
  problems: Problem[];
  lines: AttributedLine[];
  points: number;
  verbatim: number;
}

export function auditGuide({
  guide,
  content,
  graph,
  files,
  run,
  orgs = GUIDE_ORGS,
  outlineFile = 'content/outline.yaml',
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
  return { problems, lines, points: points.length, verbatim };
}
