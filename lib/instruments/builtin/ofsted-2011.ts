import annex from '../data/ofsted-2011-annex-a.json';
import type { Role } from '../roles';
import type { InstrumentInput } from '../schema';

/**
 * The Ofsted 2011 staff questionnaire (Annex A of "High expectations, high support and high
 * challenge", 2012), built word for word from `data/ofsted-2011-annex-a.json`, a copy of
 * `shared/reference/ofsted-2011-annex-a.json`.
 *
 * Item ids are the JSON `key`s, except the row that the published table merged, which becomes two
 * items, `team_support` and `interagency_communication`. So the instruments have one item more
 * than the published tables: 38 for social workers (37 rows) and 39 for managers (38 rows).
 */

export const MERGED_ROW_KEY = 'team_support__merged_with_interagency_communication';
export const SPLIT_ITEM_IDS = ['team_support', 'interagency_communication'] as const;

export const OFSTED_SCALE_ID = 'ofsted6';

type AnnexGroup = 'social workers' | 'managers';
type AnnexItem = (typeof annex.tables)[number]['items'][number] & { possible_split?: string[] };

const SOURCE = `Ofsted (2012), Annex A: ${annex.source.split(', Annex A')[0]}`;

/**
 * Role-specific wording, for the rows whose table printed both groups' wording joined by "/"
 * (`printed_in_both_tables_as` in `wording_differences`). Other entries there record only a
 * line-break artefact or a managers-only row, not wording that differs by role.
 */
function wordingByRole(key: string): Partial<Record<Role, string>> | undefined {
  const difference = annex.wording_differences.find((d) => d.key === key && 'printed_in_both_tables_as' in d);
  if (!difference?.social_workers || !difference.managers) return undefined;
  return { social_worker: difference.social_workers, manager: difference.managers };
}

function headingByRole(heading: string): Partial<Record<Role, string>> | undefined {
  const difference = annex.wording_differences.find((d) => d.key === '(heading)' && d.printed_in_both_tables_as === heading);
  return difference ? { social_worker: difference.social_workers!, manager: difference.managers! } : undefined;
}

/**
 * Two "headings" of the printed tables are instructions to the respondent, not topics (see the
 * reference JSON's notes on lines 730/1064 and 984/1336): they become section instructions.
 */
const INSTRUCTION_OPENINGS = ['The following questions are about the training', 'When answering the following questions'];

function isInstruction(heading: string): boolean {
  return INSTRUCTION_OPENINGS.some((opening) => heading.startsWith(opening));
}

function sectionId(heading: string | null, index: number): string {
  if (!heading) return `${index + 1}_no_heading`;
  const words = heading.toLowerCase().replace(/[^a-z0-9 ]/g, '').split(' ').filter(Boolean).slice(0, 5);
  return `${index + 1}_${words.join('_')}`;
}

function toItems(row: AnnexItem, group: AnnexGroup) {
  const common = { type: 'likert' as const, scale: OFSTED_SCALE_ID, required: false, stem: row.stem ?? undefined };
  const source = `${SOURCE}, ${group} table, line ${row.line}`;
  if (row.key === MERGED_ROW_KEY) {
    const [teamText, agencyText] = row.possible_split ?? [];
    if (!teamText || !agencyText) throw new Error(`${MERGED_ROW_KEY}: the reference JSON has no possible_split`);
    return [
      { ...common, id: SPLIT_ITEM_IDS[0], text: teamText, source: `${source} (first of two statements printed in one row; the published figures belong to it)` },
      { ...common, id: SPLIT_ITEM_IDS[1], text: agencyText, source: `${source} (second of two statements printed in one row; no published figures)` },
    ];
  }
  const textByRole = wordingByRole(row.key);
  return [{ ...common, id: row.key, text: row.text, textByRole, source }];
}

/**
 * The two "pick three" questions, printed without a heading. Their option lists were not
 * published: see `source`; the hint tells the respondent so.
 */
function pickThreeSection(): InstrumentInput['sections'][number] {
  const reconstructed =
    'Ofsted (2012), Annex A "other questions": the full option list was not printed; these options are the ones the report names (paragraphs 31 and 97, Annex A lines 676-682), plus "Other".';
  const hint = 'Ofsted did not publish the options of this question. These are the ones its report names, plus "Other".';
  return {
    id: 'most_important',
    items: [
      {
        id: 'three_most_important_support',
        type: 'multi',
        scale: 'support_types',
        maxChoices: 3,
        text: 'Identify the three most important types of support in improving outcomes for children and young people',
        hint,
        source: reconstructed,
      },
      {
        id: 'three_most_significant_barriers',
        type: 'multi',
        scale: 'barriers',
        maxChoices: 3,
        text: 'Identify the three most significant barriers to improving outcomes for children and young people',
        hint,
        source: reconstructed,
      },
    ],
  };
}

function labelledCodes(labels: string[]) {
  return labels.map((label, index) => ({ code: index + 1, label }));
}

function buildOfstedInstrument(group: AnnexGroup, id: string, role: Role): InstrumentInput {
  const table = annex.tables.find((t) => t.group === group);
  if (!table) throw new Error(`ofsted-2011-annex-a.json has no table for ${group}`);
  const sections: InstrumentInput['sections'] = [];
  let current: { heading: string | null; items: InstrumentInput['sections'][number]['items'] } | undefined;
  for (const row of table.items as AnnexItem[]) {
    if (!current || current.heading !== row.section) {
      current = { heading: row.section, items: [] };
      const printed = row.section ?? undefined;
      const heading = printed && !isInstruction(printed) ? printed : undefined;
      sections.push({
        id: sectionId(row.section, sections.length),
        heading,
        headingByRole: heading ? headingByRole(heading) : undefined,
        intro: printed && !heading ? printed : undefined,
        items: current.items,
      });
    }
    current.items.push(...toItems(row, group));
  }
  const instructions = sections.filter((section) => section.intro !== undefined).length;
  if (instructions !== INSTRUCTION_OPENINGS.length) throw new Error(`ofsted-2011-annex-a.json: expected ${INSTRUCTION_OPENINGS.length} instruction rows in the ${group} table, found ${instructions}`);
  sections.push(pickThreeSection());
  const [sa, a, n, d, sd, dk] = annex.scale as [string, string, string, string, string, string];
  return {
    id,
    version: '1.0.0',
    title: `Ofsted 2011 staff questionnaire: ${group}`,
    description:
      'The staff questionnaire Ofsted sent to social workers and managers in 13 local authorities in June 2011. Answer the statements you can; "Don\'t know" is always available.',
    roles: [role],
    groupLabel: group === 'managers' ? 'social work managers' : 'social workers',
    source: SOURCE,
    scales: [
      {
        id: OFSTED_SCALE_ID,
        options: [
          { code: 5, label: sa },
          { code: 4, label: a },
          { code: 3, label: n },
          { code: 2, label: d },
          { code: 1, label: sd },
          { code: 9, label: dk, substantive: false },
        ],
      },
      {
        id: 'support_types',
        options: labelledCodes([
          'Supervision',
          'Line management support',
          'Support from team colleagues',
          'Support from partner agencies',
          'Training',
          'Access to research and professional guidance',
          'Support from senior managers',
          'Other',
        ]),
      },
      {
        id: 'barriers',
        options: labelledCodes([
          'Lack of resources',
          'Lack of time to work with families',
          'High caseloads',
          'Difficulties in multi-agency working',
          'Recording and paperwork',
          'Other',
        ]),
      },
    ],
    sections,
  };
}

export const ofstedSocialWorkersInstrument = buildOfstedInstrument('social workers', 'ofsted-2011-social-workers', 'social_worker');
export const ofstedManagersInstrument = buildOfstedInstrument('managers', 'ofsted-2011-managers', 'manager');
