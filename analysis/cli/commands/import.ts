import { ROLES } from '../../../lib/instruments/roles';
import { toCanonicalCsv } from '../../../lib/io/canonical-csv-writer';
import { decodeExport, IMPORT_FORMATS, importSurveyExport, parseImportMapping, type ImportReport } from '../../../lib/io/imports';
import { shortName } from '../../../lib/io/imports/import-error';
import type { Command } from '../command';
import { INSTRUMENT_OPTION, OUTPUT_OPTION } from '../common-options';
import { readWholeInput } from '../input-file';
import { resolveInstrument } from '../instrument-option';
import { choiceOption, stringOption } from '../option-values';
import { runRecord, type InputRecord } from '../run-record';
import { writeOutput, writeToStream } from '../write-output';

/** The import report as lines for stderr: what was read, what went where, what was dropped. */
function describeImport(report: ImportReport): string {
  const list = (names: readonly string[]) => (names.length === 0 ? 'none' : names.map((n) => `"${shortName(n, 80)}"`).join(', '));
  const lines = [
    `Imported ${report.rows} response${report.rows === 1 ? '' : 's'} from ${report.file} (${report.format}, ${report.headerRows} header row${report.headerRows === 1 ? '' : 's'}) as ${report.instrumentId} ${report.instrumentVersion}.`,
    `Dropped personal columns (not read): ${list(report.droppedPersonalColumns)}.`,
    `Mapped columns:${report.mappedColumns.map((c) => `\n  ${c.column.replace(/\s+/g, ' ').trim()} → ${c.target} (${c.by})`).join('') || ' none'}`,
  ];
  if (report.unmappedColumns.length > 0) lines.push(`Not imported (no matching item): ${list(report.unmappedColumns)}.`);
  if (report.ignoredColumns.length > 0) lines.push(`Ignored (tool bookkeeping): ${list(report.ignoredColumns)}.`);
  if (report.duplicateResponseIds.length > 0) lines.push(`Response ids used more than once (later ones renamed): ${list(report.duplicateResponseIds)}.`);
  if (report.generatedResponseIds) {
    lines.push("The export has no response id: ids were made from each row's content (timestamp and answers), so the same rows get the same ids whatever the file is called.");
  }
  for (const note of report.notes) lines.push(`Note: ${note}.`.replace(/\.\.$/, '.'));
  return `${lines.join('\n')}\n`;
}

/** `pulse import`: another survey tool's export as canonical CSV. */
export const importCommand: Command = {
  name: 'import',
  summary: 'Convert a Qualtrics, SurveyMonkey or Google Forms export to canonical CSV; personal columns are dropped and listed on stderr.',
  usage: 'FILE --instrument ID [--mapping FILE] [--from FORMAT] [--authority CODE] [--authority-name NAME] [--role ROLE] [--team TEAM] [--submitted-at TIME] [--time-zone ZONE] [--date-order DMY|MDY] [--report FILE] [-o FILE]',
  description: [
    `Reads an export (${IMPORT_FORMATS.join(', ')}; the tool is recognised from the header) and writes the canonical responses CSV. Columns go to items by their question wording, or by a mapping file (JSON or CSV: column → item id, with optional value recoding). Columns with names, e-mail or IP addresses and locations are dropped without being read, and listed on stderr with the rest of the import report.`,
    'A file imports whole or not at all: every problem is reported with file, line and column (exit status 2).',
  ],
  positionals: [{ name: 'FILE', description: 'The export (CSV or tab-separated; UTF-8 or UTF-16).', required: true }],
  options: {
    instrument: INSTRUMENT_OPTION,
    mapping: { type: 'string', value: 'FILE', description: 'Mapping file (JSON or CSV) from export columns to item ids and profile columns.' },
    from: { type: 'string', value: 'FORMAT', description: `The tool that wrote the file: ${IMPORT_FORMATS.join(', ')} (default: recognised from the header).` },
    authority: { type: 'string', value: 'CODE', description: 'Authority code for rows whose columns give none.' },
    'authority-name': { type: 'string', value: 'NAME', description: 'Authority name for rows whose columns give none.' },
    role: { type: 'string', value: 'ROLE', description: `Role for rows whose columns give none: ${ROLES.join(' or ')}.` },
    team: { type: 'string', value: 'TEAM', description: 'Team for rows whose columns give none.' },
    'submitted-at': { type: 'string', value: 'TIME', description: 'ISO 8601 time for rows without a submission time.' },
    'time-zone': { type: 'string', value: 'ZONE', description: 'IANA time zone of times written without one (default UTC).' },
    'date-order': { type: 'string', value: 'ORDER', description: 'DMY or MDY for dates such as 01/02/2025 (default: the tool\'s).' },
    report: { type: 'string', value: 'FILE', description: 'Also write the import report (and run record) as JSON to FILE.' },
    output: OUTPUT_OPTION,
  },
  examples: [
    'pulse import qualtrics-export.csv --instrument my-survey.json --authority NSH --authority-name Northshire -o responses.csv',
    'pulse import forms.csv --instrument pulse --mapping forms.mapping.json > responses.csv',
  ],
  async run(args, io) {
    const [file] = args.positionals as [string];
    const resolved = resolveInstrument(args, io);
    const from = choiceOption(args, 'from', IMPORT_FORMATS);
    const role = choiceOption(args, 'role', ROLES);
    const dateOrder = choiceOption(args, 'date-order', ['DMY', 'MDY'] as const);
    const mappingFile = stringOption(args, 'mapping');
    const output = stringOption(args, 'output');
    const reportFile = stringOption(args, 'report');
    const data = readWholeInput(io, file, 'data');
    const inputs: InputRecord[] = [data.record];
    let mapping;
    if (mappingFile !== undefined) {
      const whole = readWholeInput(io, mappingFile, 'mapping');
      inputs.push(whole.record);
      mapping = parseImportMapping(decodeExport(whole.bytes), mappingFile);
    }
    const defaults = {
      authorityCode: stringOption(args, 'authority'),
      authorityName: stringOption(args, 'authority-name'),
      team: stringOption(args, 'team'),
      submittedAt: stringOption(args, 'submitted-at'),
      timeZone: stringOption(args, 'time-zone'),
    };
    const { responses, report } = importSurveyExport(decodeExport(data.bytes), {
      file,
      instrument: resolved.instrument,
      ...(mapping ? { mapping } : {}),
      ...(from ? { format: from } : {}),
      ...(role ? { role } : {}),
      ...(dateOrder ? { dateOrder } : {}),
      ...Object.fromEntries(Object.entries(defaults).filter(([, value]) => value !== undefined)),
    });
    await writeOutput(io, output, `${toCanonicalCsv([resolved.instrument], responses)}\r\n`);
    await writeToStream(io.stderr, describeImport(report));
    if (reportFile !== undefined) {
      const run = runRecord(args.command, args.argv, inputs, resolved, {
        instrument: resolved.file ?? resolved.instrument.id,
        mapping: mappingFile ?? null,
        from: from ?? null,
        authority: defaults.authorityCode ?? null,
        authorityName: defaults.authorityName ?? null,
        role: role ?? null,
        team: defaults.team ?? null,
        submittedAt: defaults.submittedAt ?? null,
        timeZone: defaults.timeZone ?? null,
        dateOrder: dateOrder ?? null,
        report: reportFile,
        output: output ?? null,
      });
      await writeOutput(io, reportFile, `${JSON.stringify({ format: 'frontline-pulse/import-report', formatVersion: 1, run, report }, null, 2)}\n`);
    }
  },
};
