import type { z } from 'astro/zod';
import type { LocatedYaml } from './frontmatter.ts';
import type { Problem } from '../problems.ts';

/**
 * Turns a schema failure into problems that point at the offending line of the file,
 * phrased as "`field` what is wrong: how to fix".
 */
export function zodProblems(error: z.ZodError, file: string, yaml: LocatedYaml, pathPrefix: PropertyKey[] = []): Problem[] {
  return error.issues.map((issue) => {
    const path = [...pathPrefix, ...issue.path];
    const { line, column } = yaml.locate(path);
    const field = issue.path.length ? issue.path.map(String).join('.') : null;
    let message: string;
    if (issue.code === 'unrecognized_keys') {
      message = `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}: remove it or fix its spelling`;
      return { file, ...yaml.locateKey([...path, issue.keys[0]!]), rule: 'schema', message };
    }
    message = field ? `\`${field}\` ${issue.message}` : issue.message;
    return { file, line, column, rule: 'schema', message };
  });
}
