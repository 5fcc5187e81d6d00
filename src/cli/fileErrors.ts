import { text, type Text } from '../core/index';

/** Thrown for a path that is there but is no regular file (a FIFO, a socket, a device). */
export const NOT_REGULAR = 'ENOTREGULAR';

/**
 * Why a file could not be read or written, in both languages: Node's own messages are
 * English only ("ENOENT: no such file or directory"), so the common causes are said here.
 */
export function fileErrorReason(error: unknown): Text {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return text('bestaat niet', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return text('geen toegang (rechten)', 'permission denied');
    case 'EISDIR':
      return text('is een map, geen bestand', 'is a folder, not a file');
    case 'ENOTDIR':
      return text('een deel van het pad is geen map', 'a part of the path is not a folder');
    case 'ELOOP':
      return text('te veel symbolische koppelingen na elkaar', 'too many symbolic links in a row');
    case 'EROFS':
      return text('staat op een alleen-lezen schijf', 'is on a read-only file system');
    case 'ENOSPC':
      return text('de schijf is vol', 'no space left on the disk');
    case NOT_REGULAR:
      return text('is geen gewoon bestand (bijvoorbeeld een FIFO)', 'is not a regular file (a FIFO, for example)');
    default: {
      // Rare causes keep the system's code, which is the same in every language.
      const detail = code ?? (error instanceof Error ? error.message : String(error));
      return text(`systeemfout ${detail}`, `system error ${detail}`);
    }
  }
}

/** An error with a code, as Node's file functions throw. */
export function codedError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(code), { code });
}
