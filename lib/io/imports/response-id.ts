/** cyrb53: a small, well-mixed 53-bit string hash (public domain), as 14 hex digits. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The file's name without its folders, so that the same export gets the same ids wherever it lies.
 *
 * @example
 * baseName('C:\\exports\\pulse.csv') // 'pulse.csv'
 */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/**
 * A response id for an export that has none (Google Forms): a hash of the file's base name and
 * the response's 1-based row number among the data rows, so re-importing the same file gives the
 * same ids.
 *
 * @example
 * importedResponseId('exports/pulse.csv', 3) === importedResponseId('pulse.csv', 3) // true
 * importedResponseId('pulse.csv', 3) // 'imp-' followed by 14 hex digits
 */
export function importedResponseId(file: string, rowNumber: number): string {
  return `imp-${hash53(`${baseName(file)}\u0000${rowNumber}`)}`;
}
