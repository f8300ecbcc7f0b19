import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { DEFAULT_THRESHOLD_DB } from '../shared/compare-modes';

/** QuantLens settings, read fresh each time (the user may change them while the extension runs). */
export interface Settings {
  customTargets: unknown[];
  threshold: number;
  threads: number;
  /** Inputs a comparison over a folder runs at once (--jobs). */
  jobs: number;
  cacheFolder: string;
  defaultReference: 'ask' | 'model-as-written';
}

export function settings(): Settings {
  const c = vscode.workspace.getConfiguration('quantlens');
  return {
    customTargets: c.get<unknown[]>('customTargets', []),
    threshold: c.get<number>('comparison.threshold', DEFAULT_THRESHOLD_DB),
    threads: c.get<number>('threads', 1),
    jobs: c.get<number>('comparison.jobs', 1),
    cacheFolder: c.get<string>('cacheFolder', ''),
    defaultReference: c.get<'ask' | 'model-as-written'>('comparison.defaultReference', 'ask'),
  };
}

/**
 * The environment the CLI runs in: the cache folder setting, and custom targets written to a file in the
 * extension's storage (the CLI reads QUANTLENS_TARGETS and validates them, so a bad target is the CLI's clear error).
 */
export function cliEnv(storage: string): NodeJS.ProcessEnv {
  const s = settings();
  // In desktop VS Code the host's executable is Electron: this makes the forked CLI run as plain Node.
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
  delete env.QUANTLENS_TARGETS;
  if (s.cacheFolder) env.QUANTLENS_CACHE_DIR = s.cacheFolder;
  if (s.customTargets.length) {
    fs.mkdirSync(storage, { recursive: true });
    const file = path.join(storage, 'custom-targets.json');
    fs.writeFileSync(file, JSON.stringify(s.customTargets, null, 2));
    env.QUANTLENS_TARGETS = file;
  }
  return env;
}
