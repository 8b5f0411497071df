import type { Rule } from '../../types.js';

export const search: Rule[] = [
  {
    id: 'search/de/prompt', kind: 'search', lang: ['de'],
    match: { text: /^suchbegriff\b|^suche(?:n| starten)?(?: nach)?[:.…]*$/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Suche', 'Suchbegriff eingeben'], miss: ['Die Polizei will bei der Suche nach dem Täter neue Wege gehen.'] },
    note: 'search box labels',
  },
  {
    id: 'search/en/prompt', kind: 'search', lang: ['en'],
    match: { line: /^(?:(?<search>search(?: for| this site| the site)?|search results?)|(?<search_prompt>type (?:here )?to search|enter (?:a )?search term|what are you looking for))[?:.…]*$/i },
    scope: 'block',
    examples: { hit: ['Search', 'Search this site', 'Type to search…'], miss: ['Search for survivors continues'] },
    note: 'search box labels',
  },
  {
    id: 'search/any/attr', kind: 'search', lang: ['*'],
    match: { attr: /^(?:search(?:-?(?:form|box|bar|field|widget|container|overlay|toggle))?|searchform|site-search)$/i },
    scope: 'block',
    examples: { hit: ['searchform', 'search-box', 'site-search'], miss: ['research-paper'] },
    note: 'search forms by class or id',
  },
];
