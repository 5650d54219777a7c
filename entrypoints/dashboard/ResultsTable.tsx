import type { TableView } from './table-view';

/**
 * The Ofsted-style percentage table: per item, one line per group (the authority, all
 * authorities, the published 2011 figures) with the percentage choosing each option and n.
 * Suppressed lines say so in words; they never show 0.
 */
export function ResultsTable({ view: whole, scaleId, showNotes }: { view: TableView; scaleId: string; showNotes: boolean }) {
  const view = {
    ...whole,
    sections: whole.sections.map((s) => ({ ...s, rows: s.rows.filter((r) => r.scaleId === scaleId) })).filter((s) => s.rows.length > 0),
  };
  const options = view.sections[0]?.rows[0]?.options ?? [];
  const multiple = view.sections[0]?.rows[0]?.multiple ?? false;
  const hasNet = view.sections.some((s) => s.rows.some((r) => r.net));
  const columns = 2 + options.length + (hasNet ? 2 : 0);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={`Table: ${whole.heading}`}>
      <table class="results">
        <caption>
          <strong>{view.header}</strong>. Percentages
          {multiple ? ' of respondents choosing each option (up to three each, so rows can add up to more than 100)' : ''};{' '}
          {view.nNote.charAt(0).toLowerCase() + view.nNote.slice(1).replace('shown in parentheses', 'in the n column')}.
        </caption>
        <thead>
          <tr>
            <th scope="col">Group</th>
            {options.map((o) => (
              <th scope="col" key={o.code} class="num">
                {o.label}
              </th>
            ))}
            <th scope="col" class="num">
              n
            </th>
            {hasNet && (
              <>
                <th scope="col" class="num">
                  Net agree
                </th>
                <th scope="col" class="num">
                  Net disagree
                </th>
              </>
            )}
          </tr>
        </thead>
        {view.sections.map((section) => [
          section.heading ? (
            <tbody key={`${section.id}-heading`} class="section-heading">
              <tr>
                <th scope="colgroup" colSpan={columns}>
                  {section.heading}
                </th>
              </tr>
            </tbody>
          ) : null,
          ...section.rows.map((row) => (
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
                      <td class="num">{line.cell.n}</td>
                      {hasNet && (
                        <>
                          <td class="num">{line.cell.netPositive ?? ''}</td>
                          <td class="num">{line.cell.netNegative ?? ''}</td>
                        </>
                      )}
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          )),
        ])}
      </table>
      {showNotes && (
        <ul class="notes">
          {view.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
