/** The browser's extension host (vscode.dev, github.dev): a web worker, without Node or a Git of its own. */
export const EXTENSION_HOST: 'node' | 'web worker' = 'web worker';
