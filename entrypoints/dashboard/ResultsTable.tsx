import { formatCount } from '@/analysis/format-count';
import type { ViewRow } from './table-view';

interface Props {
  /** The rows of this table: items of one scale. */
  rows: ViewRow[];
  header: string;
  nNote: string;
  /** Which part of the questionnaire this table is, e.g. "Statements 1–13 of 38"; names the table for screen readers. */
  title: string;
}

/**
 * The Ofsted-style percentage table: per item, one line per group (the authority, all
 * authorities, the published 2011 figures) with the percentage choosing each option, n in
 * parentheses after the group, and the net columns the item's scale has. Hidden lines say so in
 * words; they never show 0.
 */
export function ResultsTable({ rows, header, nNote, title }: Props) {
  const first = rows[0];
  if (!first) return null;
  const headings = [...first.options.map((o) => o.label), ...(first.net ? [first.net.positiveLabel, first.net.negativeLabel] : [])];
  const columns = 1 + headings.length;
  let section: string | undefined;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Table: ${title}`}>
      <table class="results">
        <caption>
          <strong>{title}</strong>. {header}. Percentages
          {first.multiple ? ' of respondents choosing each option (up to three each, so rows can add up to more than 100)' : ''}; {nNote.charAt(0).toLowerCase() + nNote.slice(1)}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Group (n)</th>
            {headings.map((label) => (
              <th scope="col" key={label} class="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        {rows.map((row) => {
          const heading = row.section && row.section !== section ? row.section : undefined;
          section = row.section;
          return [
            heading ? (
              <tbody key={`${row.itemId}-section`} class="section-heading">
                <tr>
                  <th scope="colgroup" colSpan={columns}>
                    {heading}
                  </th>
                </tr>
              </tbody>
            ) : null,
            <tbody key={row.itemId} class="item">
              <tr>
                <th scope="rowgroup" colSpan={columns} class="statement" id={`row-${row.itemId}`}>
                  {row.statement}
                </th>
              </tr>
              {row.lines.map((line) => (
                <tr key={line.label} class={line.published ? 'published' : ''}>
                  <th scope="row" headers={`row-${row.itemId}`}>
                    {line.label}
                    {!line.cell.suppressed && ` (${formatCount(line.cell.n)})`}
                  </th>
                  {line.cell.suppressed ? (
                    <td colSpan={columns - 1} class="suppressed">
                      {line.cell.text}
                    </td>
                  ) : (
                    <>
                      {line.cell.percents.map((p, i) => (
                        <td key={i} class="num">
                          {p}
                        </td>
                      ))}
                      {row.net && (
                        <>
                          <td class="num">{line.cell.netPositive ?? ''}</td>
                          <td class="num">{line.cell.netNegative ?? ''}</td>
                        </>
                      )}
                    </>
                  )}
                </tr>
              ))}
            </tbody>,
          ];
        })}
      </table>
    </div>
  );
}
