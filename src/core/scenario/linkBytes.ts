/**
 * The bytes of a share link: deflate-raw compression (the standard `CompressionStream`, in
 * browsers and Node alike), base64url text and a CRC-32 checksum. Decompression keeps what it
 * could unpack from a cut stream, so the parts of a cut link that survived can be offered.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** @example toBase64Url(new Uint8Array([251, 255])) // "-_8" */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

export const isBase64Url = (text: string): boolean => /^[A-Za-z0-9_-]*$/.test(text);

/**
 * The bytes of base64url text (no padding). A cut text gives the whole bytes it still holds.
 * Call only on text that passes {@link isBase64Url}.
 */
export function fromBase64Url(text: string): Uint8Array {
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (const c of text) {
    acc = ((acc << 6) | VALUE.get(c)!) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (ISO-HDLC, as zip and PNG), as 8 lowercase hex digits. @example crc32Hex(utf8('123456789')) // "cbf43926" */
export function crc32Hex(bytes: Uint8Array): string {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

interface Unpacked {
  readonly bytes: Uint8Array;
  /** The stream ended properly; false when it was cut or damaged (`bytes` is what came before). */
  readonly complete: boolean;
  /** It unpacked to more than the limit (reading stopped there). */
  readonly tooLarge: boolean;
}

async function pipe(stream: CompressionStream | DecompressionStream, input: Uint8Array, limit: number): Promise<Unpacked> {
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises must not be left unhandled.
  writer.write(input as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let complete = true;
  let tooLarge = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.length;
      if (size > limit) {
        tooLarge = true;
        complete = false;
        await reader.cancel().catch(() => undefined);
        break;
      }
    }
  } catch {
    complete = false;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, complete, tooLarge };
}

/** deflate-raw (RFC 1951). */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  return (await pipe(new CompressionStream('deflate-raw'), bytes, Infinity)).bytes;
}

/** Undoes {@link deflate}, keeping whatever came out before a cut or a fault; stops past `limit` bytes. */
export function inflate(bytes: Uint8Array, limit: number): Promise<Unpacked> {
  return pipe(new DecompressionStream('deflate-raw'), bytes, limit);
}
