/** Which extension host this bundle is for: Node (desktop, remote, Codespaces); the browser's twin says 'web worker'. */
export const EXTENSION_HOST: 'node' | 'web worker' = 'node';
