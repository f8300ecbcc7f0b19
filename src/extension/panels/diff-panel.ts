import * as vscode from 'vscode';
import { DiffToHost, DiffViewState, HostToDiff, isDiffToHost, TensorPairData } from '../../shared/protocol';
import { PanelHost } from './panel-host';

/** A tensor diff panel for one aligned pair (one panel per pair, titled by its layer). */
export function openDiffPanel(extensionUri: vscode.Uri, pair: TensorPairData, log: (l: string) => void): void {
  let state: DiffViewState | null = null;
  new PanelHost<DiffToHost, HostToDiff>(extensionUri, 'quantlens.diff', `Diff: ${pair.title}`, { script: 'diff.js', style: 'diff.css' }, isDiffToHost, {
    onReady: () => ({ type: 'init', pair, state }),
    onMessage: (m) => {
      if (m.type === 'state') state = m.state;
    },
    onDispose: () => undefined,
  }, log);
}
