/* The Node loader lives beside the search code, so `npm run search-eval` and the tests share it. */
export {
  allResults,
  loadPagefind,
  type NodePagefind,
  type PagefindResult,
} from '../../src/model/search/pagefind-node.ts';
