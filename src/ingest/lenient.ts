import type { z } from 'astro/zod';

/**
 * The fields of a file that failed its schema, kept where they are valid on their own. The file's
 * own problems are reported; with this it still joins the link graph, so other files that
 * reference it, or that it references, do not report it as unknown and bury the root cause.
 */
export function lenientData(schema: z.ZodType, raw: unknown, id: string): Record<string, unknown> {
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
  const input = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const data: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const own = field.safeParse(input[key]);
    if (own.success) {
      data[key] = own.data;
      continue;
    }
    const fallback = field.safeParse(undefined);
    data[key] = fallback.success
      ? fallback.data
      : key === 'title'
        ? id
        : Array.isArray(input[key]) || isArrayField(field)
          ? []
          : key === 'url'
            ? null
            : '';
  }
  return data;
}

function isArrayField(field: z.ZodType): boolean {
  return field.safeParse([]).success || (field as unknown as { def?: { type?: string } }).def?.type === 'array';
}
