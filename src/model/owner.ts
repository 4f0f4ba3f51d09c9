/**
 * Who runs this knowledge base: the team whose own documents (postmortems, incident reviews,
 * design docs, internal talks) its entries may cite. Set `KB_OWNER` at build time, like `SITE_URL`;
 * it names those documents' organisation on every page, in place of a company entry.
 */
export const siteOwner = (): string => process.env.KB_OWNER?.trim() || 'the team';
