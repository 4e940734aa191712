import { BadRequestError } from '../errors.ts';

/** Opaque page cursors: the last article number of the previous page, base64url-encoded. */
export function encodeCursor(lastNumber: number): string {
  return btoa(`n:${lastNumber}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

export function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  let text = '';
  try {
    text = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    // falls through to the error below
  }
  const m = /^n:(\d{1,9})$/.exec(text);
  if (!m) throw new BadRequestError('cursor is not one this API returned; start again without it.');
  return Number(m[1]);
}
