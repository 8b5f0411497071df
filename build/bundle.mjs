// npm run build, last step: the CLI as one bundle (dist/bundle/), from tsc's output in dist/.
// Node loads an ES module graph file by file: the CLI's hundred modules cost a text dump's run
// more than extracting it. The bundle is a few files; the packages stay in node_modules (jsdom
// and its kin load only for HTML, and a library caller imports dist/index.js as before).
import { copyFileSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const out = 'dist/bundle';
rmSync(out, { recursive: true, force: true });
await build({
  // The worker is its own entry: pool.ts starts it as ./worker.js beside itself. The HTML branch
  // (a dynamic import in cli/job.ts) is one too, so its file has a name a test can look for.
  entryPoints: { bin: 'dist/cli/bin.js', worker: 'dist/cli/worker.js', html: 'dist/html/assemble.js' },
  outdir: out,
  bundle: true,
  // Modules both the main thread and the worker (or the HTML branch) use go to shared chunks.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// needle-cache.ts reads its file beside itself, which in the bundle is here.
copyFileSync('dist/rules/needle-cache.json', `${out}/needle-cache.json`);
