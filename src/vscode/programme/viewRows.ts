import type * as vscode from 'vscode';
import type { Range } from '../../core/index';
import { toRange } from '../convert';
import { t } from '../i18n';
import { REVEAL_COMMAND } from '../progressView';
import type { WorkspaceProgramme } from './workspaceProgramme';

/**
 * The command a programme view's row runs on a click: open the sheet the index knows by
 * `path` and show `range` there, selected with `select` (typing then replaces it). Undefined
 * while the index has no file for the path (it was just deleted).
 */
export function goToCommand(programme: WorkspaceProgramme, path: string, range: Range, select: boolean): vscode.Command | undefined {
  const uri = programme.uriOf(path);
  return uri ? { command: REVEAL_COMMAND, title: t('Go to'), arguments: [uri, toRange(range), select] } : undefined;
}

/** The file's name, which is how people tell sessions apart (`2026-04-16-baateigenaren-ronde-2.md`). */
export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * A screen reader says the row as it shows (label, then description), as a person reads it;
 * left alone, VS Code would read the whole tooltip instead.
 */
export function spokenAsShown(item: vscode.TreeItem): vscode.TreeItem {
  const label = typeof item.label === 'string' ? item.label : item.label?.label;
  item.accessibilityInformation = { label: [label, item.description].filter(Boolean).join(', ') };
  return item;
}
