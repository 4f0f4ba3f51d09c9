import type { z } from 'astro/zod';
import { isInternalKind } from './vocab.ts';

/*
 * The rules between the fields of a source file, which no single field can state: a public source
 * names its address, an internal one names no company; a checked source records what it says.
 */

/**
 * A public source names its address (or `null`), how sure that address is, and its company if it
 * has one; an internal document belongs to the site's owner, so it names no company.
 */
export function publicNeedsAddress(
  data: { kind: string; url?: string | null | undefined; confidence?: string | undefined; organisation?: unknown },
  ctx: z.RefinementCtx,
) {
  const internal = isInternalKind(data.kind);
  if (internal && data.organisation !== undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['organisation'],
      message: `is set, but a \`${data.kind}\` is the team's own document: remove \`organisation\``,
    });
  if (internal) return;
  // Reported at `kind:`, the line that makes the fields required, since they are absent.
  if (data.url === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message:
        `is \`${data.kind}\`, a public source, but \`url\` is missing: add \`url:\` with its address, or ` +
        '`url: null` when none could be confirmed',
    });
  if (data.confidence === undefined)
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: `is \`${data.kind}\`, a public source, but \`confidence\` is missing: add \`confidence: high\` (or medium, low) for how sure the address is`,
    });
}

/** A checked source records at least where it was read (internal documents aside), its problem and its approach. */
export function checkedNeedsCaseData(
  data: {
    kind: string;
    checked: boolean;
    read_at?: string | string[] | undefined;
    problem?: string | undefined;
    approach?: string | undefined;
  },
  ctx: z.RefinementCtx,
) {
  if (!data.checked) return;
  // An internal document is checked by its author, who read it where the team keeps it.
  const needed = isInternalKind(data.kind)
    ? (['problem', 'approach'] as const)
    : (['read_at', 'problem', 'approach'] as const);
  for (const field of needed) {
    // Reported at `checked:`, the line that makes the field required, since the field itself is absent.
    if (!data[field])
      ctx.addIssue({
        code: 'custom',
        path: ['checked'],
        message: `is true, but \`${field}\` is missing: a checked source records it (or set \`checked: false\`)`,
      });
  }
}
