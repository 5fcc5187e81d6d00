import * as vscode from 'vscode';
import { dayOf, type Finding } from '../../core/index';
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
  /** What the Problems panel shows per index path: the file, and its findings as a string to compare. */
  private readonly shown = new Map<string, vscode.Uri>();
  private readonly fingerprints = new Map<string, string>();
  private readonly midnight = setInterval(() => {
    if (today() !== this.day) this.update();
  }, 60_000);

  constructor(private readonly programme: WorkspaceProgramme) {
    this.subscriptions = [
      programme.onDidChange(() => this.schedule()),
      onDidChangeLanguage(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('sessionTemplates')) this.update();
      }),
    ];
  }

  /** Checks the whole programme again now, and sends the Problems panel only the files whose findings changed. */
  update(): void {
    this.day = today();
    const settings = readSettings();
    const found = new Map<string, Finding[]>();
    for (const { path, finding } of this.programme.index.findings({ language: settings.language, severities: settings.severities, today: dayOf(new Date()) })) {
      found.set(path, [...(found.get(path) ?? []), finding]);
    }
    for (const [path, uri] of this.shown) {
      if (found.has(path)) continue;
      this.collection.delete(uri);
      this.shown.delete(path);
    }
    for (const [path, findings] of found) {
      const uri = this.programme.uriOf(path);
      if (!uri) continue;
      const fingerprint = JSON.stringify(findings.map((finding) => [finding.rule, finding.severity, finding.message, finding.range]));
      // By value: the index hands out a new Uri object each time it reads the file.
      if (this.shown.get(path)?.toString() === uri.toString() && this.fingerprints.get(path) === fingerprint) continue;
      this.collection.set(uri, findings.map(toDiagnostic));
      this.shown.set(path, uri);
      this.fingerprints.set(path, fingerprint);
    }
    for (const path of this.fingerprints.keys()) {
      if (!this.shown.has(path)) this.fingerprints.delete(path);
    }
  }

  /**
   * Not while files are being read: a programme half read gives wrong findings (an owner
   * "changed" against a round not read yet), and checking it after every few files would keep
   * the extension host busy. The reading's end is announced too (see WorkspaceProgramme).
   */
  private schedule(): void {
    if (!this.programme.isReading) this.update();
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
