import * as vscode from 'vscode';

/**
 * The sheet whose form editor is active, if any. VS Code has no active text editor while a
 * custom editor has focus, so the status bar and the progress view ask this too.
 */
export class ActiveForm implements vscode.Disposable {
  private current: { readonly document: vscode.TextDocument; readonly panel: vscode.WebviewPanel } | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  get document(): vscode.TextDocument | undefined {
    return this.current?.document;
  }

  /** Follows one form editor's panel until it closes. */
  track(document: vscode.TextDocument, panel: vscode.WebviewPanel): vscode.Disposable {
    const update = () => {
      if (panel.active) this.set({ document, panel });
      else if (this.current?.panel === panel) this.set(undefined);
    };
    update();
    return vscode.Disposable.from(
      panel.onDidChangeViewState(update),
      new vscode.Disposable(() => {
        if (this.current?.panel === panel) this.set(undefined);
      }),
    );
  }

  private set(next: ActiveForm['current']): void {
    if (next?.panel === this.current?.panel) return;
    this.current = next;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
