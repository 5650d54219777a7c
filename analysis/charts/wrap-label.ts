/**
 * Splits text into lines of at most `width` characters at spaces (a longer word stays whole), for
 * Chart.js multi-line labels.
 *
 * @example
 * wrapLabel('My workload this week was manageable.', 20) // ['My workload this', 'week was manageable.']
 */
export function wrapLabel(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
