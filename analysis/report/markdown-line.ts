/**
 * Text for one Markdown table cell: a `|` escaped, line breaks as spaces.
 *
 * @example
 * escapeMarkdownCell('Yes | no\nmaybe') // 'Yes \\| no maybe'
 */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/**
 * One Markdown table row of cells (escaped).
 *
 * @example
 * markdownLine(['Northshire (31)', '45', '22']) // '| Northshire (31) | 45 | 22 |'
 */
export function markdownLine(cells: readonly string[]): string {
  return `| ${cells.map(escapeMarkdownCell).join(' | ')} |`;
}
