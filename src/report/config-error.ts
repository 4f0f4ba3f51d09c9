import { AstroError } from 'astro/errors';

/**
 * A problem with the project's configuration (astro.config.mjs or the environment the build reads),
 * thrown so that Astro stops `npm run dev` and `npm run build` and prints it with its fix: what is
 * wrong, then the hint. Its place is the setting named in the message, not the code that noticed
 * it, so it carries no stack trace (Astro prints none for an error without one).
 */
export function configError(message: string, fix: string): AstroError {
  const error = new AstroError(message, fix);
  error.stack = '';
  return error;
}

/** An error as the command-line scripts print it: what went wrong, then, indented, how to fix it. */
export function describeError(error: unknown): string {
  const { message, hint } = error as Error & { hint?: string };
  return `${message}${hint ? `\n  ${hint}` : ''}`;
}
