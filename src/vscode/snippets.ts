import * as vscode from 'vscode';
import { formatClock, nextAgendaStart, type Text } from '../core/index';
import definitions from '../../snippets/session.snippets.json';
import { language } from './i18n';
import type { SheetAnalyzer } from './sheets';

interface SnippetDefinition {
  readonly prefix: readonly string[];
  readonly description: Text;
  readonly body: readonly string[];
}

const SNIPPETS: Readonly<Record<string, SnippetDefinition>> = definitions;

/** Where an agenda row starts when there is no row above it to follow. */
const FIRST_START = '09:00';

/** The words that start a snippet, for the suggestions that open by themselves. */
export const SNIPPET_PREFIXES: readonly string[] = Object.values(SNIPPETS).flatMap((snippet) => snippet.prefix);

/**
 * The session snippets (snippets/session.snippets.json), served by the extension rather than
 * contributed as a static file: their descriptions follow the chosen language, and an agenda
 * row starts at the previous row's start plus its duration, which a static snippet cannot compute.
 */
export class SessionSnippets implements vscode.CompletionItemProvider {
  constructor(private readonly analyzer: SheetAnalyzer) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const word = document.getWordRangeAtPosition(position, /[\p{L}-]+/u) ?? new vscode.Range(position, position);
    const lang = language();
    const start = await this.agendaStart(document, position);
    return Object.values(SNIPPETS).flatMap((snippet) =>
      snippet.prefix.map((prefix) => {
        const item = new vscode.CompletionItem(prefix, vscode.CompletionItemKind.Snippet);
        const body = snippet.body.join('\n').replaceAll('{start}', start);
        item.insertText = new vscode.SnippetString(body);
        item.detail = snippet.description[lang];
        item.documentation = new vscode.MarkdownString().appendCodeblock(body.replace(/\$\{\d+\|([^,|]*)[^|]*\|\}|\$\{\d+:([^}]*)\}|\$\{?\d+\}?/g, (_, choice, value) => choice ?? value ?? ''), 'markdown');
        item.range = word;
        return item;
      }),
    );
  }

  private async agendaStart(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
    const { session } = await this.analyzer.whenAnalyzed(document);
    const next = session && nextAgendaStart(session, position.line + 1);
    return next ? formatClock(next.minutes) : FIRST_START;
  }
}
