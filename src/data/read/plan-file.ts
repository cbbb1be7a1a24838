/**
 * The text of a plan file for proposeTargets, from its bytes: a .docx (recognised by its zip signature, not its
 * name), or text in UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark. Anything else is
 * refused with a PlanFileError whose `code` the builder can put in the user's language.
 */
import {DocxError, docxText} from './docx.js';

export type PlanFileErrorCode = 'not_utf8' | 'doc' | 'pdf' | 'docx_unreadable' | 'empty';

export class PlanFileError extends Error {
  constructor(
    message: string,
    readonly code: PlanFileErrorCode,
  ) {
    super(message);
    this.name = 'PlanFileError';
  }
}

const starts = (b: Uint8Array, sig: number[]): boolean => sig.every((x, k) => b[k] === x);

/** The text of a plan file: `name` only labels error messages. */
export function planFileText(bytes: Uint8Array, name = 'file'): string {
  if (bytes.length === 0) throw new PlanFileError(`${name}: the file is empty`, 'empty');
  if (starts(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    try {
      return docxText(bytes, name);
    } catch (e) {
      if (e instanceof DocxError) throw new PlanFileError(e.message, 'docx_unreadable');
      throw e;
    }
  }
  if (starts(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    throw new PlanFileError(`${name}: a Word 97-2003 .doc file; save it as .docx or as UTF-8 text`, 'doc');
  if (starts(bytes, [0x25, 0x50, 0x44, 0x46]))
    throw new PlanFileError(`${name}: a PDF; copy its text into a UTF-8 .txt file`, 'pdf');
  if (starts(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (starts(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    // TextDecoder drops a UTF-8 byte-order mark itself.
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes);
  } catch {
    throw new PlanFileError(`${name}: not UTF-8 text (save it as UTF-8, or as .docx)`, 'not_utf8');
  }
}
