import { aboutId, IDS, LAYOUT_IDS } from './site-model.ts';

/**
 * The ids page layouts give their own elements, from the site model (src/model/site-model.ts). The
 * layout-ids rule keeps headings in the text off them, or two elements would share `#sources` and
 * every citation link would jump to the heading.
 */
const ALL = new Set<string>([...LAYOUT_IDS, ...Object.values(IDS)]);
/**
 * One per cited source in the entry's list, `source-<id>`; one per case card on a company page,
 * `case-<id>`; one per challenge its cases are about, `about-<challenge>`; one per collection in the
 * Connections block, `connections-<collection>`.
 */
const LAYOUT_ID_PREFIXES = ['source-', 'case-', aboutId(''), `${IDS.connections}-`];

export const isLayoutId = (id: string) => ALL.has(id) || LAYOUT_ID_PREFIXES.some((p) => id.startsWith(p));
