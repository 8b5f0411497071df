import type { Rule } from '../../types.js';
import { concepts } from './concepts.js';

export const jobAds: Rule[] = [
  {
    id: 'job-ads/any/gender-tag', kind: 'job-ads', lang: ['de', 'en'],
    match: { text: /(?<gender_tag>\((?:[mwfdx]\s*\/\s*){2}[mwfdx]\*?\)|\((?:all genders|gn\*?|d\/f\/m)\))/i, maxWords: 20 },
    scope: 'block',
    examples: {
      hit: ['Software Architect AI (all genders)', 'IT Application Specialist (m/w/d) – ERP', 'Pflegefachkraft (w/m/d) in Teilzeit'],
      miss: ['Die Wahl (2021) brachte eine Mehrheit.', 'Head of Digital Transformation'],
    },
    note: 'job titles carry a gender tag in German and increasingly English job boards',
  },
  {
    id: 'job-ads/de/heading', kind: 'job-ads', lang: ['de'],
    match: { line: /^(?:aktuelle |neue |top[- ]?)?(?:stellenangebote|stellenmarkt|stellenanzeigen|jobbörse|jobs|offene stellen)(?: \w+)?$/i },
    scope: 'section',
    examples: { hit: ['Stellenangebote', 'Aktuelle Stellenangebote', 'Top-Jobs', 'Stellenmarkt:'], miss: ['Stellenangebote nehmen in Bayern zu, meldet die Agentur.', 'Jobsuche per KI'] },
    note: 'job board block under news articles',
  },
  {
    id: 'job-ads/en/heading', kind: 'job-ads', lang: ['en'],
    match: { line: /^(?:latest |featured |top )?(?:jobs|job board|job listings|job openings|careers at \w+|we'?re hiring!?)$/i },
    scope: 'section',
    examples: { hit: ['Jobs', 'Featured jobs', "We're hiring!"], miss: ['Jobs report beats forecasts', 'Steve Jobs'] },
    note: 'job board block under news articles',
  },
  {
    id: 'job-ads/any/apply', kind: 'job-ads', lang: ['de', 'en'],
    match: {
      text: new RegExp(`\\b(?:${concepts({
        apply: ['jetzt bewerben', 'finden und bewerben', 'apply now'],
        browse_jobs: ['view all jobs', 'browse (?:all )?jobs', 'search jobs', 'find (?:your next|a new) job', 'jobs? finden', 'alle stellenangebote', 'zur stellenanzeige'],
        post_job: ['post a job', 'stellenanzeige aufgeben'],
      })})\\b`, 'i'),
      maxWords: 25,
    },
    scope: 'block',
    examples: { hit: ['Aktuelle Jobs auf dem Stellenportal finden und bewerben!', 'Jetzt bewerben', 'Alle Stellenangebote anzeigen', 'Apply now', 'Browse all jobs in London', 'Find your next job on our board'], miss: ['Viele Bewerber finden den Prozess mühsam.', 'She applied for the job in March.'] },
    note: 'calls to apply, browse a job board or post a job',
  },
  {
    id: 'job-ads/any/attr', kind: 'job-ads', lang: ['*'],
    match: { attr: /^(?:jobs?|job-?(?:board|list|listings|widget|teaser)|stellenmarkt|stellenangebote|careers-widget)$/i },
    scope: 'block',
    examples: { hit: ['jobs', 'job-board', 'stellenmarkt'], miss: ['jobs-report-article', 'content'] },
    note: 'job widgets by class or id',
  },
];
