import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { text, type Text } from '../core/index';
import { fileErrorReason } from './fileErrors';

/** How a sheet's bytes are turned into text, and back when --fix writes it. */
export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

export type SheetRead = { readonly ok: true; readonly text: string; readonly encoding: Encoding } | { readonly ok: false; readonly reason: Text };

/**
 * Reads a sheet: checked with stat first, so a folder or a FIFO is skipped instead of read
 * (a FIFO would block the run); UTF-16 with a byte order mark is decoded (the BOM stays the
 * text's first character, as a UTF-8 BOM does).
 */
export function readSheet(path: string): SheetRead {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, reason: text('is een map, geen bestand; overgeslagen', 'is a folder, not a file; skipped') };
    if (!stat.isFile()) return { ok: false, reason: text('is geen gewoon bestand (bijvoorbeeld een FIFO); overgeslagen', 'is not a regular file (a FIFO, for example); skipped') };
    bytes = readFileSync(path);
  } catch (error) {
    return { ok: false, reason: fileErrorReason(error) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: bytes.toString('utf16le'), encoding: 'utf16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: swapPairs(bytes).toString('utf16le'), encoding: 'utf16be' };
  return { ok: true, text: bytes.toString('utf8'), encoding: 'utf8' };
}

/** Writes a sheet back in the encoding it was read in. */
export function writeSheet(path: string, content: string, encoding: Encoding): void {
  if (encoding === 'utf8') writeFileSync(path, content, 'utf8');
  else if (encoding === 'utf16le') writeFileSync(path, Buffer.from(content, 'utf16le'));
  else writeFileSync(path, swapPairs(Buffer.from(content, 'utf16le')));
}

/** UTF-16 BE ↔ LE: swap the bytes of each pair (a copy; an odd last byte is dropped). */
function swapPairs(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  return copy.swap16();
}
