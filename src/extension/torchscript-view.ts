import * as vscode from 'vscode';
import { InspectEntry, inspectEntries, InspectJson } from './torchscript-tree-model';

const ICONS: Record<InspectEntry['icon'], vscode.ThemeIcon> = {
  state: new vscode.ThemeIcon('symbol-event'),
  group: new vscode.ThemeIcon('list-tree'),
  module: new vscode.ThemeIcon('symbol-class'),
  op: new vscode.ThemeIcon('symbol-method'),
  param: new vscode.ThemeIcon('symbol-field'),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info'),
};

/** What `quantlens inspect` found in a TorchScript or torch.save file. */
export class TorchScriptView implements vscode.TreeDataProvider<InspectEntry> {
  private readonly changed = new vscode.EventEmitter<InspectEntry | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private entries: InspectEntry[] = [];

  show(j: InspectJson): void {
    this.entries = inspectEntries(j);
    this.changed.fire(undefined);
  }

  getTreeItem(e: InspectEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(e.label, e.children?.length ? (e.id === 'findings' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None);
    item.id = e.id;
    item.description = e.description;
    if (e.tooltip) item.tooltip = new vscode.MarkdownString(e.tooltip);
    item.iconPath = ICONS[e.icon];
    return item;
  }

  getChildren(e?: InspectEntry): InspectEntry[] {
    return e ? e.children ?? [] : this.entries;
  }
}
