import * as vscode from 'vscode';
import type { TargetRow } from '../shared/cli-contract';
import { CliRunner } from './cli-runner';
import { targetTexts } from './target-texts';

const STATE_KEY = 'quantlens.target';

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
    const chosen = await this.choose(rows);
    if (!chosen) return;
    if (!chosen.available) {
      vscode.window.showWarningMessage(`QuantLens: ${chosen.id} is not available here: ${chosen.reason ?? ''}`);
      return;
    }
    if (chosen.id === this.current) return;
    await this.context.workspaceState.update(STATE_KEY, chosen.id);
    this.render();
    await this.changed();
  }

  /** The quick pick: real targets, then emulated ones; each row's (i) button shows its whole description. */
  private choose(rows: TargetRow[]): Promise<TargetRow | undefined> {
    const current = this.current;
    type Item = vscode.QuickPickItem & { row?: TargetRow; full?: string };
    const more: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('info'), tooltip: 'Show the whole description' };
    const item = (t: TargetRow): Item => {
      const { description, detail, full } = targetTexts(t);
      return { label: `${t.id === current ? '$(check) ' : ''}${t.id}`, description, detail, row: t, full, buttons: [more] };
    };
    // Real targets run this machine's runtime; emulated ones compute a deployment CPU family's integer kernels.
    const section = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const qp = vscode.window.createQuickPick<Item>();
    qp.title = 'QuantLens: Select Target';
    qp.placeholder = `Current: ${current}`;
    qp.matchOnDescription = true;
    qp.matchOnDetail = true;
    qp.items = [
      section('This machine'), ...rows.filter((t) => t.kind !== 'emulated').map(item),
      section('Deployment CPUs (emulated)'), ...rows.filter((t) => t.kind === 'emulated').map(item),
    ];
    return new Promise((resolve) => {
      let picked: TargetRow | undefined;
      qp.onDidTriggerItemButton((e) => void vscode.window.showInformationMessage(`${e.item.row?.id}: ${e.item.full ?? ''}`));
      qp.onDidAccept(() => {
        picked = qp.selectedItems[0]?.row;
        qp.hide();
      });
      qp.onDidHide(() => {
        qp.dispose();
        resolve(picked);
      });
      qp.show();
    });
  }
}
