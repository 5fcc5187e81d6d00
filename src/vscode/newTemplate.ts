import * as vscode from 'vscode';
import { language, t } from './i18n';
import { loadTemplate, slugify, templateFromSheet, text } from '../core/index';
import { exists, writeNewFile } from './files';
import { readSettings } from './settings';
import { ORIGIN, workspaceTemplatesFolder, type TemplateRegistry } from './templates';

export const NEW_TEMPLATE_COMMAND = 'sessionTemplates.newTemplateFromFile';

/** What a script may pass instead of answering the two questions. */
export interface NewTemplateRequest {
  readonly id?: string;
  readonly name?: string;
}

export interface NewTemplateResult {
  readonly scaffold: vscode.Uri;
  readonly definition: vscode.Uri;
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * New Template from This File: the open sheet, with its values taken out and its ticks
 * cleared, becomes `<id>.md` plus `<id>.template.json` in the workspace's template folder.
 * Nothing existing is overwritten, and the definition is checked against the schema
 * before anything is written.
 */
export async function newTemplateFromFile(registry: TemplateRegistry, request: NewTemplateRequest = {}): Promise<NewTemplateResult | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  const folder = document && vscode.workspace.getWorkspaceFolder(document.uri);
  if (!document || document.languageId !== 'markdown' || !folder) {
    void vscode.window.showInformationMessage(t('Open a Markdown sheet from the workspace to make a template of it.'));
    return undefined;
  }
  const target = workspaceTemplatesFolder(folder);
  const name = request.name ?? (await askName(document));
  if (!name) return undefined;
  const id = request.id ?? (await askId(registry, target, name));
  if (!id) return undefined;
  const made = templateFromSheet(document.getText(), { id, name: text(name, name), templates: registry.templates });
  const definitionUri = vscode.Uri.joinPath(target, `${id}.template.json`);
  const scaffoldUri = vscode.Uri.joinPath(target, `${id}.md`);
  const check = loadTemplate({ file: definitionUri.fsPath, json: made.json, scaffold: made.scaffold });
  if (!check.ok) {
    void vscode.window.showErrorMessage(t('The template was not written: its definition is not valid ({0}).', check.problems[0].message[language()]));
    return undefined;
  }
  if (!(await writeNewFile(scaffoldUri, made.scaffold))) return refuse(scaffoldUri);
  if (!(await writeNewFile(definitionUri, made.json))) {
    await vscode.workspace.fs.delete(scaffoldUri); // ours, written a moment ago: leave no half template
    return refuse(definitionUri);
  }
  await registry.reload();
  await vscode.window.showTextDocument(scaffoldUri);
  const openDefinition = t('Open Definition');
  void vscode.window
    .showInformationMessage(t('Template "{0}" saved in {1}. New Session offers it now.', name, vscode.workspace.asRelativePath(target)), openDefinition)
    .then((choice) => {
      if (choice === openDefinition) void vscode.window.showTextDocument(definitionUri);
    });
  return { scaffold: scaffoldUri, definition: definitionUri };
}

function refuse(uri: vscode.Uri): undefined {
  void vscode.window.showErrorMessage(t('{0} already exists and was left as it is. Choose another id.', vscode.workspace.asRelativePath(uri)));
  return undefined;
}

async function askName(document: vscode.TextDocument): Promise<string | undefined> {
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(document.getText())?.[1] ?? '';
  // "Sessie Baateigenaren: Klant in Beeld" → "Sessie Baateigenaren": the title belongs to one session.
  const value = heading.replace(/^Template:\s*/i, '').replace(/:.*$/, '').trim();
  const name = await vscode.window.showInputBox({
    title: t('New Template from This File'),
    prompt: t('Name of the template, as New Session lists it'),
    value,
    ignoreFocusOut: true,
    validateInput: (typed) => (typed.trim() === '' ? t('Please fill this in.') : undefined),
  });
  return name?.trim() || undefined;
}

async function askId(registry: TemplateRegistry, target: vscode.Uri, name: string): Promise<string | undefined> {
  const id = await vscode.window.showInputBox({
    title: t('New Template from This File'),
    prompt: t('Id of the template: lower-case letters, digits and dashes. Sheets refer to it in front matter (template: id).'),
    value: slugify(name),
    ignoreFocusOut: true,
    validateInput: async (typed) => {
      if (!ID.test(typed)) return t('Use lower-case letters, digits and single dashes, such as retro-2.');
      if ((await exists(vscode.Uri.joinPath(target, `${typed}.template.json`))) || (await exists(vscode.Uri.joinPath(target, `${typed}.md`)))) {
        return t('There is already a template "{0}" in {1}.', typed, vscode.workspace.asRelativePath(target));
      }
      const shadowed = registry.entries.find((entry) => entry.template.id === typed);
      return shadowed ? { message: t('This replaces the {0} template "{1}" in this workspace.', ORIGIN[shadowed.origin][readSettings(target).language], shadowed.template.name[readSettings(target).language]), severity: vscode.InputBoxValidationSeverity.Warning } : undefined;
    },
  });
  return id || undefined;
}
