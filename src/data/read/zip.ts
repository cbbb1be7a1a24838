/**
 * The entries of a zip file (an .xlsx is one) from its central directory, and each one's bytes inflated a slice at
 * a time with fflate's streaming Inflate, so that a 40 MB sheet never holds the main thread for long. Pure
 * JavaScript: no Worker, no eval.
 */
import {Inflate} from 'fflate';
import type {Clock, Work} from './slice.js';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header. */
  offset: number;
}

/** Thrown for what is not a zip, or a damaged one. */
export class ZipError extends Error {
  constructor(detail: string) {
    super(`zip: ${detail}`);
    this.name = 'ZipError';
  }
}

/**
 * Thrown when an entry inflates to more bytes than allowed: more than it declares (a zip that lies about its sizes,
 * as a zip bomb does), or more than the reader's limit. Counted on the bytes actually inflated, never on the
 * directory's word; inflating stops there.
 */
export class ZipSizeError extends ZipError {
  constructor(
    readonly entry: string,
    /** Bytes inflated when it stopped. */
    readonly inflated: number,
    /** The limit passed, in bytes. */
    readonly limit: number,
    /** Whether the limit was the entry's own declared size (the zip lied) rather than the reader's. */
    readonly declared: boolean,
  ) {
    super(`${entry}: inflates to more than ${limit} bytes${declared ? ' (the size it declares)' : ''}`);
    this.name = 'ZipSizeError';
  }
}

/** The entries by name, from the end of central directory record (ZIP64 sizes and offsets too). */
export function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 2 ** 32;
  let eocd = bytes.length - 22;
  while (eocd >= 0 && u32(eocd) !== 0x06054b50) if (--eocd < bytes.length - 22 - 65535) break;
  if (eocd < 0 || u32(eocd) !== 0x06054b50) throw new ZipError('no end of central directory');
  let count = u16(eocd + 10);
  let at = u32(eocd + 16);
  // ZIP64: the end of central directory locator stands just before.
  if ((count === 0xffff || at === 0xffffffff) && eocd >= 20 && u32(eocd - 20) === 0x07064b50) {
    const z = u64(eocd - 12);
    if (u32(z) !== 0x06064b50) throw new ZipError('bad zip64 record');
    count = u64(z + 32);
    at = u64(z + 48);
  }
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw new ZipError('bad central directory');
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(at + 10),
      compressedSize: u32(at + 20),
      size: u32(at + 24),
      offset: u32(at + 42),
    };
    // ZIP64 extra field: the 64-bit values of those set to 0xFFFFFFFF, in order.
    let extra = at + 46 + nameLength;
    const end = extra + extraLength;
    while (extra + 4 <= end) {
      const id = u16(extra);
      const size = u16(extra + 2);
      if (id === 1) {
        let p = extra + 4;
        if (entry.size === 0xffffffff) {
          entry.size = u64(p);
          p += 8;
        }
        if (entry.compressedSize === 0xffffffff) {
          entry.compressedSize = u64(p);
          p += 8;
        }
        if (entry.offset === 0xffffffff) entry.offset = u64(p);
      }
      extra += 4 + size;
    }
    entries.set(entry.name, entry);
    at = end + commentLength;
  }
  return entries;
}

/**
 * Reads an entry's bytes as UTF-8 text a step at a time: each `step()` inflates 8 kB of compressed data (some 80 kB
 * of XML, at most 8 MB however it was made) and hands the text to `sink`; it returns true once the entry is done.
 * The bytes inflated are counted as they come: past the entry's declared size, or past `limit`, it throws a
 * {@link ZipSizeError} and inflates no more.
 */
export function entryReader(
  bytes: Uint8Array,
  entry: ZipEntry,
  sink: (text: string) => void,
  limit = Infinity,
): {step(): boolean} {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new ZipError('bad local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new ZipError('truncated');
  const decoder = new TextDecoder('utf-8');
  if (entry.method === 0) {
    if (data.length > Math.min(entry.size, limit))
      throw new ZipSizeError(entry.name, data.length, Math.min(entry.size, limit), entry.size <= limit);
    return {
      step: () => {
        sink(decoder.decode(data));
        return true;
      },
    };
  }
  if (entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  const max = Math.min(entry.size, limit);
  let inflated = 0;
  const inflate = new Inflate((chunk, final) => {
    inflated += chunk.byteLength;
    if (inflated > max) throw new ZipSizeError(entry.name, inflated, max, entry.size <= limit);
    sink(decoder.decode(chunk, {stream: !final}));
  });
  const STEP = 1 << 13;
  let p = 0;
  return {
    step() {
      const final = p + STEP >= data.length;
      try {
        inflate.push(data.subarray(p, p + STEP), final);
      } catch (e) {
        if (e instanceof ZipError) throw e;
        throw new ZipError(`inflate: ${(e as Error).message}`);
      }
      p += STEP;
      return final;
    },
  };
}

/** An entry's bytes as UTF-8 text, inflated and decoded a slice at a time. */
export function* entryText(bytes: Uint8Array, entry: ZipEntry, clock: Clock, limit = Infinity): Work<string> {
  const parts: string[] = [];
  const reader = entryReader(bytes, entry, (text) => parts.push(text), limit);
  while (!reader.step()) if (clock.dueNow()) yield;
  return parts.join('');
}
