import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A file the output depends on, by the hash of its text as it was read. */
export interface InputFile {
  path: string;
  hash: string;
}

/** The hash of a file's text as read (UTF-8): the same text gives the same hash, however it was read. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A file's hash as it is on disk now; undefined when it cannot be read (gone, a folder, a URL). */
export function fileHash(path: string): string | undefined {
  try {
    return contentHash(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}
