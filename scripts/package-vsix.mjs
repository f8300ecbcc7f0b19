// Packages the extension as a platform-specific .vsix with @vscode/vsce (offline): the bundles from dist/, and
// onnxruntime-node with the native binaries of the one platform the package is for. Then checks what went in.
//   node scripts/package-vsix.mjs [--target linux-x64] [--out FILE.vsix]
// Run `npm run build` first (`npm run package` does both).
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, relative, resolve } from 'path';
import { fileURLToPath } from 'url';
import { checkVsix, formatCheck, runPackagedCli } from './check-vsix.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`package-vsix: ${message}`);
  process.exit(1);
}

function parseArgs(argv) {
  const args = { target: 'linux-x64', out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--target' || a === '--out') {
      if (!argv[i + 1]) fail(`${a} needs a value`);
      args[a.slice(2)] = argv[++i];
    } else fail(`unknown argument '${a}' (usage: node scripts/package-vsix.mjs [--target linux-x64] [--out FILE.vsix])`);
  }
  return args;
}

/**
 * onnxruntime-node keeps its binaries in bin/napi-v<N>/<os>/<arch>/, named like vsce's targets (linux-x64 ->
 * linux/x64). A target it ships nothing for (darwin-x64, alpine-*, web, ...) would make a package that cannot run.
 */
function runtimeBinaryDir(target) {
  const bin = 'node_modules/onnxruntime-node/bin';
  const dirs = readdirSync(join(root, bin)).flatMap((napi) =>
    readdirSync(join(root, bin, napi)).flatMap((os) => readdirSync(join(root, bin, napi, os)).map((arch) => ({ napi, os, arch }))));
  const found = dirs.find((d) => `${d.os}-${d.arch}` === target);
  if (!found) fail(`onnxruntime-node ships no runtime for target '${target}' (it has: ${[...new Set(dirs.map((d) => `${d.os}-${d.arch}`))].sort().join(', ')})`);
  return `${bin}/${found.napi}/${found.os}/${found.arch}`;
}

const args = parseArgs(process.argv.slice(2));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
if (!manifest.main) fail('package.json has no "main": the extension entry is not declared');
if (!existsSync(join(root, manifest.main))) fail(`${manifest.main} does not exist: run 'npm run build' first`);
const binDir = runtimeBinaryDir(args.target);
const out = resolve(args.out ?? join(root, `${manifest.name}-${manifest.version}-${args.target}.vsix`));

// .vscodeignore lists what every package holds; the binaries differ per target, so vsce reads a copy that adds them.
const work = mkdtempSync(join(tmpdir(), 'quantlens-vsix-'));
const ignoreFile = join(work, '.vscodeignore');
writeFileSync(ignoreFile, `${readFileSync(join(root, '.vscodeignore'), 'utf8')}\n# ${args.target}\n!${binDir}/*\n`);

const hasLicense = ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].some((f) => existsSync(join(root, f)));
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
const vsceArgs = [vsce, 'package', '--target', args.target, '--out', out, '--ignoreFile', ignoreFile,
  // Nothing here is published: no repository to link the README to, and a license file only if the project has one.
  '--allow-missing-repository', '--no-rewrite-relative-links', ...(hasLicense ? [] : ['--skip-license'])];
const started = Date.now();
const run = spawnSync(process.execPath, vsceArgs, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
rmSync(work, { recursive: true, force: true });
if (run.status !== 0) fail(`vsce failed (exit ${run.status ?? run.signal})`);

const check = checkVsix(out, { target: args.target, manifest });
console.log(formatCheck(check));
if (check.problems.length) fail(`${relative(process.cwd(), out)} is not right (see above)`);
if (args.target === `${process.platform}-${process.arch}`) {
  const run = runPackagedCli(out);
  console.log(run.message);
  if (!run.ok) fail('the package does not run');
}
const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MiB`;
console.log(`package-vsix: ${relative(process.cwd(), out) || out}: ${mb(statSync(out).size)} (${check.files.length} files, ` +
  `${mb(check.unpackedBytes)} unpacked) for ${args.target}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
