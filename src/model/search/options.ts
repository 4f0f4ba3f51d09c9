/**
 * How the knowledge base asks Pagefind to rank, shared by the search page, the quick search in the
 * header and `npm run search-eval`, so that what is measured is what readers get.
 *
 * Every entry page carries a hidden `names` metadata field: its title, its synonyms and, for a
 * company, the names it goes by. A query word found there weighs twice as much as one in a title,
 * which already outweighs the body. Source pages have no `names` field, so for the same words an
 * entry ranks above the case studies it cites, and a company's name finds its page first.
 */
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  // Search on the main thread: for an index this size a worker only adds a second copy of
  // Pagefind's code to download (about 12 KB compressed).
  noWorker: true,
  ranking: {
    // A hit in `names` adds weight × IDF × coverage² to the page's BM25 score (Pagefind 1.5+).
    metaWeights: { title: 5, names: 10, summary: 1.5, type: 0 },
    // Entry pages differ in length far more than in relevance; length matters less than by default.
    pageLength: 0.5,
  },
} as const;

/** Separates the names in the `names` field; a query equal to one of them is an exact match. */
export const NAME_SEPARATOR = ' · ';

/** Words that carry no meaning of their own: a result need not hold them to hold every word (run.ts). */
export const STOP_WORDS = new Set(
  (
    'a an and are as at be by do does for from how i in is it its my no not of on or our the to vs versus what when ' +
    'why with without we you too very so than then this that these those there can could will would should has ' +
    'have had get gets got into over about just also which who where while'
  ).split(' '),
);
