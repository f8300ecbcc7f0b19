import * as vscode from 'vscode';
import { DiffToHost, DiffViewState, HostToDiff, isDiffToHost, TensorPairData } from '../../shared/protocol';
import { PanelHost } from './panel-host';

/** An open tensor diff: the pair it shows, which a newer comparison replaces (refresh) or marks as old (stale). */
export interface DiffPanel {
  readonly pair: TensorPairData;
  show(pair: TensorPairData): void;
  reveal(): void;
}

/** A tensor diff panel for one aligned pair (one panel per pair, titled by its layer). */
export function openDiffPanel(extensionUri: vscode.Uri, first: TensorPairData, log: (l: string) => void, onDispose: (p: DiffPanel) => void): DiffPanel {
  let state: DiffViewState | null = null;
  let pair = first;
  const host = new PanelHost<DiffToHost, HostToDiff>(extensionUri, 'quantlens.diff', `Diff: ${pair.title}`, { script: 'diff.js', style: 'diff.css' }, isDiffToHost, {
    onReady: () => ({ type: 'init', pair, state }),
    onMessage: (m) => {
      if (m.type === 'state') state = m.state;
    },
    onDispose: () => onDispose(panel),
  }, log);
  const panel: DiffPanel = {
    get pair() {
      return pair;
    },
    show(next) {
      pair = next;
      host.panel.title = `${next.stale ? 'Old diff' : 'Diff'}: ${next.title}`;
      host.post({ type: 'init', pair, state });
    },
    reveal() {
      host.panel.reveal(undefined, false);
    },
  };
  return panel;
}
