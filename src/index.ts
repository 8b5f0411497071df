/** Public API: the same engine the CLI uses. */
export { extract } from './pipeline.js';
export { render } from './render/index.js';
export type { Article, FailureCode, InputFormat, Metadata, Options, OutputFormat, Removal, Result, Rule, RuleKind } from './types.js';
