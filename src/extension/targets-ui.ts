import * as vscode from 'vscode';
import type { TargetRow } from '../shared/cli-contract';
import { CliRunner } from './cli-runner';

const STATE_KEY = 'quantlens.target';

/**
 * A target's two lines in the picker: the short title as the description (it fits beside the id), and the long text
 * as the detail line (a quick pick wraps neither, but the detail line has the whole width). A target that computes
 * the same numbers as `cpu` on this machine (the runtime probe says so) says that first.
 */
export function targetTexts(t: TargetRow): { description: string; detail: string } {
  if (!t.available) return { description: `${t.title} — not available`, detail: `Not available here: ${t.reason ?? 'unknown reason'}. ${t.description}` };
  const same = t.sameAsCpu ? `Same as cpu here: ${t.sameAsCpu.replace(/^no difference on this CPU: /, '')}. ` : '';
  return { description: t.sameAsCpu ? `${t.title} — same as cpu on this CPU` : t.title, detail: `${same}${t.description} Integer kernels: ${t.kernels}.` };
}

/**
 * The current target: remembered per workspace, shown in the status bar, chosen from a quick pick that lists every
 * target (custom ones from settings too) with whether it is available here and why not.
 */
export class TargetPicker {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  private rows: TargetRow[] | null = null;

  constructor(private readonly context: vscode.ExtensionContext, private readonly cli: CliRunner, private readonly changed: () => Promise<void>) {
    this.item.command = 'quantlens.selectTarget';
    this.item.name = 'QuantLens target';
    this.render();
    this.item.show();
    context.subscriptions.push(this.item, vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('quantlens.customTargets')) this.rows = null;
    }));
  }

  get current(): string {
    return this.context.workspaceState.get<string>(STATE_KEY, 'cpu');
  }

  private render(): void {
    this.item.text = `$(circuit-board) QuantLens: ${this.current}`;
    this.item.tooltip = `QuantLens compiles for target ${this.current}. Click to choose another.`;
  }

  private async load(): Promise<TargetRow[] | null> {
    if (this.rows) return this.rows;
    const o = await this.cli.run('targets', {});
    if (!o.json) {
      vscode.window.showErrorMessage(`QuantLens: cannot list targets: ${o.error ?? `exit ${o.code}`}`);
      return null;
    }
    this.rows = o.json.targets;
    return this.rows;
  }

  async pick(): Promise<void> {
    const rows = await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'QuantLens: reading targets' }, () => this.load());
    if (!rows) return;
    const current = this.current;
    type Item = vscode.QuickPickItem & { id: string; available: boolean };
    const item = (t: TargetRow): Item => ({
      label: `${t.id === current ? '$(check) ' : ''}${t.id}`,
      ...targetTexts(t),
      id: t.id,
      available: t.available,
    });
    // Real targets run this machine's runtime; emulated ones compute a deployment CPU family's integer kernels.
    const section = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator, id: '', available: false });
    const items = [
      section('This machine'), ...rows.filter((t) => t.kind !== 'emulated').map(item),
      section('Deployment CPUs (emulated)'), ...rows.filter((t) => t.kind === 'emulated').map(item),
    ];
    const chosen = await vscode.window.showQuickPick(items, { title: 'QuantLens: Select Target', placeHolder: `Current: ${current}`, matchOnDescription: true, matchOnDetail: true });
    if (!chosen || !chosen.id) return;
    if (!chosen.available) {
      vscode.window.showWarningMessage(`QuantLens: ${chosen.id} is not available here: ${rows.find((r) => r.id === chosen.id)?.reason ?? ''}`);
      return;
    }
    if (chosen.id === current) return;
    await this.context.workspaceState.update(STATE_KEY, chosen.id);
    this.render();
    await this.changed();
  }
}
