import * as vscode from 'vscode';
import { IconKind, IRContent, IRTreeModel, TreeEntry } from './ir-tree-model';

const ICONS: Record<IconKind, vscode.ThemeIcon> = {
  integer: new vscode.ThemeIcon('symbol-numeric', new vscode.ThemeColor('charts.blue')),
  float: new vscode.ThemeIcon('symbol-operator', new vscode.ThemeColor('charts.orange')),
  layout: new vscode.ThemeIcon('arrow-swap', new vscode.ThemeColor('charts.purple')),
  group: new vscode.ThemeIcon('symbol-namespace'),
  value: new vscode.ThemeIcon('symbol-variable'),
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  info: new vscode.ThemeIcon('info'),
  failure: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  action: new vscode.ThemeIcon('wrench'),
};

/** The IR explorer: a thin adapter from IRTreeModel rows to VS Code tree items. */
export class IRView implements vscode.TreeDataProvider<TreeEntry> {
  private readonly changed = new vscode.EventEmitter<TreeEntry | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: IRTreeModel | null = null;
  private readonly byId = new Map<string, TreeEntry>();

  show(content: IRContent | null): void {
    this.model = content ? new IRTreeModel(content) : null;
    this.byId.clear();
    this.changed.fire(undefined);
  }

  get content(): IRContent | null {
    return this.model?.content ?? null;
  }

  setFilter(text: string): void {
    this.model?.setFilter(text);
    this.byId.clear();
    this.changed.fire(undefined);
  }

  get filter(): string {
    return this.model?.filterText ?? '';
  }

  getTreeItem(e: TreeEntry): vscode.TreeItem {
    const item = new vscode.TreeItem(e.label, e.collapsible ? (e.id === 'nodes' || e.id === 'failure' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed) : vscode.TreeItemCollapsibleState.None);
    item.id = e.id;
    item.description = e.description;
    if (e.tooltip) item.tooltip = new vscode.MarkdownString(e.tooltip);
    item.iconPath = ICONS[e.icon];
    item.contextValue = e.node ? 'quantlens.node' : e.id.split(':')[0];
    if (e.command) item.command = { command: e.command.id, title: e.command.title, arguments: e.command.args };
    return item;
  }

  getChildren(e?: TreeEntry): TreeEntry[] {
    if (!this.model) return [];
    const rows = e ? this.model.children(e.id) : this.model.roots();
    for (const r of rows) this.byId.set(r.id, r);
    return rows;
  }

  getParent(e: TreeEntry): TreeEntry | undefined {
    const id = this.model?.parent(e.id);
    if (!id) return undefined;
    return this.byId.get(id) ?? this.entryFor(id);
  }

  /** The row for an id, expanding the way down to it (reveal needs parents that exist). */
  entryFor(id: string): TreeEntry | undefined {
    if (!this.model) return undefined;
    const cached = this.byId.get(id);
    if (cached) return cached;
    const parent = this.model.parent(id);
    if (parent === undefined) return this.getChildren().find((r) => r.id === id);
    const p = this.entryFor(parent);
    if (!p) return undefined;
    return this.getChildren(p).find((r) => r.id === id);
  }

  /** Rows for a source or compiled node name (a culprit is a source node; the tree shows compiled nodes). */
  rowsFor(node: string): TreeEntry[] {
    if (!this.model) return [];
    if (this.model.filterText) this.setFilter('');
    return this.model.nodeIds(node).flatMap((id) => {
      const e = this.entryFor(id);
      return e ? [e] : [];
    });
  }
}
