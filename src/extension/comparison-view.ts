import * as vscode from 'vscode';
import type { CompareReport } from '../engine/compare/compare-report';
import { ComparisonEntry, comparisonEntries, comparisonSummary } from './comparison-tree-model';
import { INPUT_GROUP_ID, inputGroup, setEntries, type SetEntry, type SetState } from './set-tree-model';

const ICONS: Record<ComparisonEntry['icon'], vscode.ThemeIcon> = {
  culprit: new vscode.ThemeIcon('flame', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  bad: new vscode.ThemeIcon('arrow-down', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  ok: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
  info: new vscode.ThemeIcon('info'),
};

/** The Comparison view: one row per compared layer, culprits first on demand; a click reveals the layer in the IR. */
export class ComparisonView implements vscode.TreeDataProvider<ComparisonEntry> {
  private readonly changed = new vscode.EventEmitter<ComparisonEntry | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private report: CompareReport | null = null;
  /** A comparison over a set of inputs (set-tree-model.ts); `report` is then its chosen input's own comparison. */
  private setState: SetState | null = null;
  culpritsFirst = true;

  show(report: CompareReport | null): void {
    this.report = report;
    // The view shows only once there is a comparison, so the IR view above has the side bar until then.
    void vscode.commands.executeCommand('setContext', 'quantlens.hasComparison', report !== null);
    if (this.setState) void vscode.commands.executeCommand('setContext', 'quantlens.setComparison', false);
    this.setState = null;
    this.changed.fire(undefined);
  }

  showSet(s: SetState): void {
    this.setState = s;
    this.report = s.detail;
    void vscode.commands.executeCommand('setContext', 'quantlens.hasComparison', true);
    void vscode.commands.executeCommand('setContext', 'quantlens.setComparison', true);
    this.changed.fire(undefined);
  }

  get set(): SetState | null {
    return this.setState;
  }

  get current(): CompareReport | null {
    return this.report;
  }

  summary(): string | undefined {
    return this.report ? comparisonSummary(this.report) : undefined;
  }

  toggleOrder(): void {
    this.culpritsFirst = !this.culpritsFirst;
    this.changed.fire(undefined);
  }

  getTreeItem(e: ComparisonEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(e.label, (e as SetEntry).group ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = e.id;
    item.description = e.description;
    item.tooltip = new vscode.MarkdownString(e.tooltip);
    item.iconPath = ICONS[e.icon];
    item.contextValue = (e as SetEntry).group ? 'quantlens.setInput' : e.icon === 'culprit' ? 'quantlens.culprit' : 'quantlens.layer';
    if (e.node) item.command = { command: 'quantlens.revealLayer', title: 'Reveal in IR', arguments: [e.node] };
    return item;
  }

  getChildren(e?: ComparisonEntry): ComparisonEntry[] {
    if (e?.id === INPUT_GROUP_ID) return this.report ? comparisonEntries(this.report, this.culpritsFirst) : [];
    if (e) return [];
    if (this.setState) return [inputGroup(this.setState), ...setEntries(this.setState, this.culpritsFirst)];
    return this.report ? comparisonEntries(this.report, this.culpritsFirst) : [];
  }
}
