#!/usr/bin/env node
// Shebang shim: the CLI is src/cli/bin.ts, bundled by `npm run build` (build/bundle.mjs).
import '../dist/bundle/bin.js';
