/**
 * The text of an export file from its bytes: UTF-16 (little or big endian, as Qualtrics writes
 * its tab-separated exports) when the file starts with a UTF-16 byte-order mark, UTF-8 otherwise
 * (a UTF-8 byte-order mark is kept for the reader, which removes it).
 *
 * @example
 * decodeExport(readFileSync('export.tsv')) // 'StartDate\tEndDate\t…'
 */
export function decodeExport(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
