/**
 * Text reduced to what matters when matching a question to an item or an answer to a label:
 * lower case, accents kept, typographic quotes and dashes folded, "&" read as "and", every other
 * punctuation mark and run of white space turned into one space.
 *
 * @example
 * normaliseText('  The team’s workload —  up-to-date? ') // 'the team s workload up to date'
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * An answer cell compared case-insensitively: trimmed, lower case, inner white space collapsed and
 * typographic apostrophes and quotes made plain.
 *
 * @example
 * foldAnswer('  Don’t   KNOW ') // "don't know"
 */
export function foldAnswer(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
