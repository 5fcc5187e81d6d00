import { text, type Text } from '../i18n/text';

/** A path with `/` separators, `.` and `..` resolved as far as they go; lower case on Windows drive letters. */
function normalised(path: string): string[] {
  const parts: string[] = [];
  for (const part of path.replace(/\\/g, '/').split('/')) {
    if (part === '..') {
      if (parts.length > 0 && parts.at(-1) !== '..') parts.pop();
      else parts.push('..');
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  if (parts.length > 0 && /^[a-z]:$/i.test(parts[0])) parts[0] = parts[0].toLowerCase();
  return parts;
}

/**
 * Why a template's scaffold may not be read from `path`, or undefined when it may: it must
 * lie inside the templates `folder` (both absolute, `/` or `\` separated), so a definition's
 * `"scaffold": "../../secret"` reads nothing outside it. The loaders also check, with the file
 * system, that it is a regular file (not a folder or a FIFO) and that no link leads out.
 */
export function scaffoldPathProblem(folder: string, path: string): Text | undefined {
  const root = normalised(folder);
  const target = normalised(path);
  const inside = target.length > root.length && root.every((part, index) => target[index] === part) && !target.includes('..');
  if (inside) return undefined;
  return text(
    `Het basisbestand ${path} ligt buiten de sjablonenmap ${folder}; het wordt niet gelezen.`,
    `The scaffold ${path} lies outside the templates folder ${folder}; it is not read.`,
  );
}

/** Why a scaffold that exists is not a file that can be read, for a kind the loader found. */
export function scaffoldKindProblem(path: string, kind: 'folder' | 'special'): Text {
  return kind === 'folder'
    ? text(`Het basisbestand ${path} is een map, geen bestand.`, `The scaffold ${path} is a folder, not a file.`)
    : text(`Het basisbestand ${path} is geen gewoon bestand (bijvoorbeeld een FIFO); het wordt niet gelezen.`, `The scaffold ${path} is not a regular file (a FIFO, for example); it is not read.`);
}
