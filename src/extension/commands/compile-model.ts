import * as path from 'path';
import * as vscode from 'vscode';
import { contentFromReport, sourceContent } from '../ir-content';
import { UNTRUSTED, type QuantLens } from '../quantlens';
import { settings } from '../settings';

/**
 * Compile Model: the IR view (and an open graph) show the model as the current target compiles it. With `compared`,
 * it shows the repaired copy a comparison ran in place of `file` (named as the user's file), since that is what the
 * comparison's rows describe.
 */
export async function compileModel(q: QuantLens, file: string, compared?: string): Promise<void> {
  q.model = file;
  const name = path.basename(file);
  if (!vscode.workspace.isTrusted) {
    try {
      q.ir.show(sourceContent(file, q.targets.current, UNTRUSTED));
      q.irTree.description = `${name} · as written (untrusted workspace)`;
      vscode.window.showInformationMessage(`QuantLens: ${UNTRUSTED}`);
    } catch (err) {
      vscode.window.showErrorMessage(`QuantLens: ${err instanceof Error ? err.message : String(err)}`);
    }
    return;
  }
  const target = q.targets.current;
  const t0 = Date.now();
  const o = await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `QuantLens: compiling ${name} for ${target}`, cancellable: true }, (progress, token) =>
    q.cli.run('compile', { model: compared ?? file, target, threads: settings().threads }, { token, onProgress: (m) => progress.report({ message: m }) }));
  if (!o.json || (o.code !== 0 && o.code !== 1 && o.code !== 3)) {
    // An open graph must not keep showing the previous model as if it were this one.
    if (q.graph.open && !o.cancelled) q.graph.showFailure(file, o.error ?? `compiling ${name} failed (exit ${o.code}); see the QuantLens output`);
    q.reportFailure(`compiling ${name}`, o);
    return;
  }
  const r = o.json;
  q.report = r;
  q.ir.show(contentFromReport(r, compared ?? file));
  q.irTree.description = `${name} · ${r.compiled ? target : `${target} (failed: as written)`}${compared ? ' · repaired copy, as compared' : ''}`;
  // An open graph follows the IR; a comparison of another model no longer applies to it.
  if (q.graph.open) {
    if (q.lastCompare?.file !== file) q.graph.setComparison(null);
    q.openGraph();
  }
  q.setProblems(file, r.diagnostics);
  q.out.appendLine(`compiled ${name} for ${target}: load ${r.timingsMs.load.toFixed(0)} ms, compile ${r.timingsMs.compile.toFixed(0)} ms, IR ${r.timingsMs.ir.toFixed(0)} ms; shown after ${Date.now() - t0} ms${r.cached ? ' (from cache)' : ''}`);
  void vscode.commands.executeCommand('quantlens.ir.focus');
  if (r.failure) {
    const f = r.failure;
    const actions = f.repairs.length ? ['Repair Model…'] : [];
    // One plain sentence and what to do; the optimizer, level and node are in the IR view's failure rows.
    vscode.window.showErrorMessage(`QuantLens: ${target} cannot compile ${name} as written.${f.workingTargets.length ? ` Targets that compile it: ${f.workingTargets.join(', ')}.` : ''}${f.repairs.length ? ' Repair Model… writes a copy that compiles.' : ''} Details: the IR view's "Compile failed" row.`, ...actions).then((a) => {
      if (a === 'Repair Model…') void vscode.commands.executeCommand('quantlens.repairModel');
    });
  }
}
