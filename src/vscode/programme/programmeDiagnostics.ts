import * as vscode from 'vscode';
import { dayOf } from '../../core/index';
import { toDiagnostic } from '../diagnostics';
import { onDidChangeLanguage } from '../i18n';
import { readSettings } from '../settings';
import type { WorkspaceProgramme } from './workspaceProgramme';

/**
 * The findings across sheets (the track rules, owner-changed, agreement-overdue) in a
 * Problems collection of their own: the live diagnostics of an open sheet replace only the
 * sheet's own findings, so these stay while the user types, and change when the index does
 * (the related file edited, saved, renamed or deleted).
 */
export class ProgrammeDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('session-templates-programme');
  private readonly subscriptions: vscode.Disposable[];
  /** The day the findings were measured against: deadlines pass at midnight too. */
  private day = today();
  private readonly midnight = setInterval(() => {
    if (today() !== this.day) this.update();
  }, 60_000);

  constructor(private readonly programme: WorkspaceProgramme) {
    this.subscriptions = [
      programme.onDidChange(() => this.update()),
      onDidChangeLanguage(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sessionTemplates')) this.update();
      }),
    ];
  }

  update(): void {
    this.day = today();
    const settings = readSettings();
    const found = new Map<string, vscode.Diagnostic[]>();
    for (const { path, finding } of this.programme.index.findings({ language: settings.language, severities: settings.severities, today: dayOf(new Date()) })) {
      found.set(path, [...(found.get(path) ?? []), toDiagnostic(finding)]);
    }
    const gone: vscode.Uri[] = [];
    this.collection.forEach((uri) => {
      if (!found.has(uri.path)) gone.push(uri);
    });
    for (const uri of gone) this.collection.delete(uri);
    for (const [path, diagnostics] of found) {
      const uri = this.programme.uriOf(path);
      if (uri) this.collection.set(uri, diagnostics);
    }
  }

  dispose(): void {
    clearInterval(this.midnight);
    for (const subscription of this.subscriptions) subscription.dispose();
    this.collection.dispose();
  }
}

function today(): string {
  return new Date().toDateString();
}
