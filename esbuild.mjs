// One build for every entry: the CLI, the engine's child process, the benchmark, and the tests.
import * as esbuild from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';

const watch = process.argv.includes('--watch');

/** The engine is headless: fail the build if anything under src/engine imports vscode. */
function assertEngineHeadless(dir = 'src/engine') {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) assertEngineHeadless(p);
    else if (/\.ts$/.test(name) && /from ['"]vscode['"]|require\(['"]vscode['"]\)/.test(readFileSync(p, 'utf8'))) {
      throw new Error(`${p} imports vscode: the engine must stay headless`);
    }
  }
}

/** The webviews run in a browser and share only src/shared with the host: fail the build if one imports src/engine. */
function assertWebviewKeepsToShared(dir = 'webview') {
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) assertWebviewKeepsToShared(p);
    else if (/\.ts$/.test(name) && /from ['"][./]*src\/engine\//.test(readFileSync(p, 'utf8'))) {
      throw new Error(`${p} imports src/engine: webviews may import only src/shared`);
    }
  }
}

function testEntries(dir = 'test') {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testEntries(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

assertEngineHeadless();
assertWebviewKeepsToShared();

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  loader: { '.proto': 'text' },
  // The native runtime is loaded from node_modules at run time, never bundled.
  external: ['onnxruntime-node', 'vscode'],
  logLevel: 'warning',
};

const builds = [
  {
    ...common,
    entryPoints: {
      cli: 'src/cli/main.ts',
      'engine-process': 'src/engine/process/engine-main.ts',
      'set-job-thread-main': 'src/engine/compare/over-set/set-job-thread-main.ts',
      'reference-thread-main': 'src/engine/compare/metrics/reference-thread-main.ts',
      extension: 'src/extension/extension.ts',
      'compile-bench': 'bench/compile-bench.ts',
      'compare-bench': 'bench/compare-bench.ts',
      'localization-bench': 'bench/localization-bench.ts',
      'emulation-bench': 'bench/emulation-bench.ts',
      'fuzz-bench': 'bench/fuzz-bench.ts',
      'inputs-bench': 'bench/inputs-bench.ts',
      'large-input-bench': 'bench/large-input-bench.ts',
      'calibrated-photos-bench': 'bench/calibrated-photos-bench.ts',
    },
    outdir: 'dist',
  },
  { ...common, entryPoints: testEntries(), outdir: 'dist/test', outbase: 'test', external: [...common.external, 'mocha'] },
  // The end-to-end suite (npm run test:e2e) drives a real VS Code through Chromium; playwright-core loads at run time.
  { ...common, entryPoints: ['test-e2e/extension.e2e.ts'], outdir: 'dist/test-e2e', external: [...common.external, 'mocha', 'playwright-core'] },
  // The webview tests (npm run test:webview) and the heatmap benchmark drive headless Chromium; playwright-core loads at run time.
  { ...common, entryPoints: testEntries('test-webview'), outdir: 'dist/test-webview', outbase: 'test-webview', external: [...common.external, 'mocha', 'playwright-core'] },
  { ...common, entryPoints: { 'heatmap-bench': 'bench/heatmap-bench.ts' }, outdir: 'dist', external: [...common.external, 'playwright-core'] },
  // The graph view's benchmark (npm run bench:webview) and the script it loads into the page (browser).
  { ...common, entryPoints: { 'webview-bench': 'bench/webview-bench.ts' }, outdir: 'dist', external: [...common.external, 'playwright-core'] },
  { bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: 'linked', logLevel: 'warning', entryPoints: { 'bench-page': 'test-webview/bench-page.ts' }, outdir: 'dist/test-webview' },
];

/** The extension host never loads the native runtime: only the engine process does (it forks from dist/). */
function assertHostHasNoRuntime() {
  const bundle = readFileSync('dist/extension.js', 'utf8');
  if (/require\(["']onnxruntime-node["']\)/.test(bundle)) throw new Error('dist/extension.js requires onnxruntime-node: native runtime calls belong in the engine process');
}

/** Webview bundles (browser, ES modules): the graph view, its layout worker, the tensor diff. Built when present. */
const webviewEntries = Object.fromEntries(
  [['graph', 'webview/graph/main.ts'], ['graph-layout-worker', 'webview/graph/layout-worker.ts'], ['diff', 'webview/diff/main.ts']].filter(([, f]) => existsSync(f)),
);
if (Object.keys(webviewEntries).length) {
  builds.push({ bundle: true, platform: 'browser', format: 'iife', target: 'es2022', sourcemap: 'linked', logLevel: 'warning', entryPoints: webviewEntries, outdir: 'dist/webview' });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  assertHostHasNoRuntime();
}
