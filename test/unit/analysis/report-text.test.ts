import { describe, expect, it } from 'vitest';
import { csvText } from '../../../analysis/report/csv-text';
import { escapeMarkdownCell, markdownLine } from '../../../analysis/report/markdown-line';

describe('text of report tables', () => {
  it('escapes Markdown cells and joins them into a row', () => {
    expect(escapeMarkdownCell('Yes | no\r\nmaybe\nnot')).toBe('Yes \\| no maybe not');
    expect(markdownLine(['a|b', '45', ''])).toBe('| a\\|b | 45 |  |');
  });

  it('writes CSV with CRLF line ends, quoting what needs it, and a line end after the last row', () => {
    expect(csvText(['item', 'text', 'n'], [['lm_cpd', 'Yes, "often"', 31], ['x', '', null]])).toBe('item,text,n\r\nlm_cpd,"Yes, ""often""",31\r\nx,,\r\n');
  });
});
