import type { Rule } from '../../types.js';

export const search: Rule[] = [
  {
    id: 'search/de/prompt', kind: 'search', lang: ['de'],
    match: { text: /\bbei (?:google|bing|duckduckgo)\b.{0,40}\bsuchen\b|\bsuchmaschine\b.{0,40}\b(?:recherche|suche|suchen)\b|^suchbegriff\b|^suche(?:n| starten)?(?: nach)?[:.…]*$/i, maxWords: 60 },
    scope: 'block',
    examples: { hit: ['Nutze die Google-Suchmaschine für eine weitere Themenrecherche: »Thema« bei Google Deutschland suchen!', 'Suche', 'Suchbegriff eingeben'], miss: ['Die Polizei will bei der Suche nach dem Täter neue Wege gehen.'] },
    note: 'search boxes and "search elsewhere" prompts',
  },
  {
    id: 'search/en/prompt', kind: 'search', lang: ['en'],
    match: { line: /^(?:search(?: for| this site| the site)?|type (?:here )?to search|enter (?:a )?search term|search results?|what are you looking for)[?:.…]*$/i },
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
