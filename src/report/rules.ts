/**
 * Every rule a check can report, by stage, with what it catches. A problem's `rule` must be one of
 * these (the type checker says so), and test/unit/rules.test.ts fails for any rule here that has no
 * broken fixture proving it fires: add the rule here, then its fixture there.
 */
export const RULES = {
  /** `npm run check`: the content, before any build (src/checks/content/ and the loader). */
  content: {
    schema: 'a frontmatter or data field is missing, misspelt or invalid',
    encoding: 'a file is not UTF-8 text',
    'invisible-character': 'a file holds an invisible or control character (a bidi override, NUL, a zero-width space)',
    unreadable: 'a file or folder cannot be read',
    'file-size': 'a file is larger than content files may be',
    'stray-file': 'a file or folder that is not content sits among the content',
    symlink: 'a content file or committed diagram is a symbolic link',
    'too-complex': 'a text takes the parser too long to read',
    'mdx-syntax': 'a body is not valid MDX',
    'unsafe-content': 'a body holds code, raw HTML or a link the site does not allow',
    'nesting-depth': 'lists, quotes or elements nest too deep',
    'unsafe-diagram': 'a diagram or its committed SVG holds something unsafe',
    'diagram-size': 'a diagram is too large',
    'layout-id': 'a heading or element takes an id the page layout uses',
    'misplaced-id': "a heading's pinned id sits inside emphasis, a link or code, where the page would print it",
    'duplicate-alias': 'two entries claim one old id',
    'question-without-links': 'a design-review question links no entry',
    yaml: 'a file or its frontmatter is not valid YAML',
    'file-name': 'a file name is not a valid id',
    'missing-file': 'tags.yaml or outline.yaml is missing',
    'unknown-reference': 'a reference, body link or outline point names no entry',
    'repeated-reference':
      'a frontmatter list, outline point or citation bracket names one thing twice, or an entry names itself',
    'unknown-tag': 'a tag is not in tags.yaml',
    'unknown-section': 'a guide section is not in outline.yaml',
    'guide-sections': "an entry of the guide names no guide section (the team's own entries need none)",
    'unknown-source': 'a citation names no source',
    'relative-link': 'a body link is relative',
    'broken-link': 'a body link points to no page of the site',
    'broken-fragment': 'a body link names an anchor its page does not have',
    'no-citation': 'a lesson entry cites no source',
    'unused-source': 'no entry cites a source',
    'company-without-source': 'a company has no source',
    'case-record': "a case study's record lists an entry that does not cite it",
    'same-case': '`same_case_as` names no source, itself, another organisation, a copy or a reference',
    'uncited-claim': 'a paragraph, item or row states something without a citation',
    'uncited-figure': 'a figure has no citation',
    'attributed-guidance': 'a <Guidance> block names a company, though guidance is advice no case study backs',
    'untraced-figure': 'a figure is not in the case data of the source cited for it',
    'unconfirmed-citation':
      "the unconfirmed flag disagrees with the source data, names no guide-only claim, or marks the team's own document",
    'guide-only-line': "a source's guide-only claim names a guide line the outline does not carry",
    'entry-shape': 'a required section is missing',
    'short-entry': 'an entry has too little prose',
    'guide-mentions': 'the prose talks about the guide rather than the lesson',
    'diagram-syntax': 'a mermaid diagram does not parse',
    'diagram-description': 'a mermaid diagram has no accTitle or accDescr for readers of assistive technology',
    'duplicate-title': 'two entries share a title, or two tags a label',
    'duplicate-anchor': 'two headings of a page share an anchor',
    'heading-level': 'a body heading is a second `#` title, or skips a level',
    'empty-section': 'a heading has nothing under it',
    'alias-taken': 'an alias is the id of another entry',
    orphan: 'no entry links to an entry',
    placeholder: 'a `TODO:` placeholder of `npm run new` is left in a file',
  },
  /** After `astro build`: the built site (src/checks/dist/). */
  dist: {
    csp: 'a page lacks its Content-Security-Policy, or it does not cover an inline script',
    'unsafe-output': 'the built text holds a script, an event handler or an unsafe URL',
    'missing-preview-meta': 'a page lacks a link-preview (og:/twitter:) field',
    'wrong-preview-url': 'a link preview names another page or no absolute URL',
    'missing-card': "a page's social card image is missing",
    'off-site-resource': "a page makes readers' browsers call another host",
    'broken-link': 'a link in the built site points to no page',
    'broken-fragment': 'a link in the built site names a missing anchor',
    'removed-url': 'a published URL or anchor disappeared',
    'kb-json': '/kb.json disagrees with the built pages (an entry, link, source or Markdown twin missing or changed)',
  },
  /** `npm run audit`: the content against the guide (src/checks/audit/). */
  audit: {
    'uncarried-line': 'an attributed line of the guide has no outline point',
    'missing-attribution': 'the entries of a point do not cite an organisation its line names',
    verbatim: 'a file repeats a run of the guide word for word',
    'guide-only-attribution': "a guide-only claim's guide line does not name the source's organisation",
    'verbatim-source': 'a content file repeats a run of a source word for word (content/source-fingerprints/)',
  },
} as const;

export type Stage = keyof typeof RULES;
export type RuleId = { [S in Stage]: keyof (typeof RULES)[S] }[Stage];
