/** Public API: the same engine the CLI uses. */
export { extract } from './extract.js';
export { render, renderProperty, type RenderOptions } from './render/index.js';
export { FIELDS, propertyName, type Property } from './render/fields.js';
export { parseRules, RulesError } from './rules/load.js';
export type { Article, FailureCode, InputFormat, Metadata, Options, OutputFormat, Removal, Result, Rule, RuleKind } from './types.js';
