import * as vscode from 'vscode';

/**
 * Registers a command and its two language twins (`<id>.nl`, `<id>.en`). The manifest
 * shows the twin of the chosen language (setting `sessionTemplates.language`) in the
 * command palette and menus, so their titles speak that language whatever VS Code's
 * display language is; `auto` shows the command itself, titled in the display language.
 */
export function registerCommandInBothLanguages(id: string, handler: (...args: never[]) => unknown): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(id, handler),
    vscode.commands.registerCommand(`${id}.nl`, handler),
    vscode.commands.registerCommand(`${id}.en`, handler),
  );
}
