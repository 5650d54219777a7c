import { z } from 'zod';
import { ROLES } from './roles';

/**
 * The shape of an instrument (a questionnaire) as data. Instruments are validated at runtime with
 * {@link parseInstrument}, so a faulty instrument file is refused with the path of the bad field.
 */

/** The faces a rating option can show, saddest first. */
export const FACES = ['very-sad', 'sad', 'neutral', 'happy', 'very-happy'] as const;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]*$/, 'must be lower-case letters, digits, "_" or "-"');

const roleWording = z.record(z.enum(ROLES), z.string().min(1)).optional();

/** One answer option of a scale; `substantive: false` marks options such as "Don't know". */
export const scaleOptionSchema = z.object({
  code: z.number().int(),
  label: z.string().min(1),
  substantive: z.boolean().default(true),
  /** For ratings with faces: the face drawn above the label, from very sad to very happy. */
  face: z.enum(FACES).optional(),
});

export const scaleSchema = z
  .object({
    id,
    options: z.array(scaleOptionSchema).min(2),
  })
  .superRefine((scale, ctx) => {
    const codes = new Set<number>();
    const labels = new Set<string>();
    scale.options.forEach((option, index) => {
      if (codes.has(option.code)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, 'code'], message: `duplicate code ${option.code}` });
      }
      const label = option.label.toLowerCase();
      if (labels.has(label)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, 'label'], message: `duplicate label "${option.label}"` });
      }
      codes.add(option.code);
      labels.add(label);
    });
  });

/**
 * Why a scale cannot be used for a rating, or null when it can. A rating is a 1–5 rating with
 * faces: five options coded 1 to 5 in that order, each showing its face, saddest first.
 */
function ratingScaleProblem(scale: z.infer<typeof scaleSchema>): string | null {
  const expected = FACES.map((face, index) => ({ code: index + 1, face }));
  const fits =
    scale.options.length === expected.length &&
    scale.options.every((option, index) => option.code === expected[index]!.code && option.face === expected[index]!.face);
  if (fits) return null;
  const wanted = expected.map((e) => `${e.code} ${e.face}`).join(', ');
  const found = scale.options.map((o) => `${o.code} ${o.face ?? '(no face)'}`).join(', ');
  return `a rating needs a 1–5 scale with faces (${wanted}); scale "${scale.id}" has ${found}`;
}

const itemBase = {
  id,
  /** The statement or question. With a stem, the part that completes the stem's sentence. */
  text: z.string().min(1),
  /** Wording for particular roles, where it differs from `text`. */
  textByRole: roleWording,
  /** The start of a sentence that this item completes ("My line manager … by helping me to:"). */
  stem: z.string().min(1).optional(),
  required: z.boolean().default(false),
  /** Guidance shown under the question. */
  hint: z.string().optional(),
  /** Where the item comes from: a seed document and the construct it measures, or a published table. */
  source: z.string().min(1).optional(),
  /** A few words naming the item where the full wording does not fit, e.g. a column header. */
  shortLabel: z.string().min(1).optional(),
};

export const itemSchema = z.discriminatedUnion('type', [
  z.object({ ...itemBase, type: z.literal('likert'), scale: id }),
  z.object({ ...itemBase, type: z.literal('rating'), scale: id }),
  z.object({ ...itemBase, type: z.literal('single'), scale: id }),
  z.object({ ...itemBase, type: z.literal('multi'), scale: id, maxChoices: z.number().int().min(1) }),
  z.object({
    ...itemBase,
    type: z.literal('number'),
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().default(true),
    unit: z.string().optional(),
  }),
  z.object({
    ...itemBase,
    type: z.literal('text'),
    maxLength: z.number().int().min(1).default(1000),
    /** Shown beside the box, e.g. a warning not to name children or families. */
    warning: z.string().optional(),
  }),
]);

export const sectionSchema = z.object({
  id,
  heading: z.string().min(1).optional(),
  headingByRole: roleWording,
  /** Instructions to the respondent for this section, shown as instructions (not as a heading). */
  intro: z.string().optional(),
  items: z.array(itemSchema).min(1),
});

export const instrumentSchema = z
  .object({
    id,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be a version such as 1.0.0'),
    title: z.string().min(1),
    description: z.string().optional(),
    /** The roles the instrument is meant for; wording is resolved for the respondent's role. */
    roles: z.array(z.enum(ROLES)).min(1),
    /** Published group name used in tables, e.g. "social workers". */
    groupLabel: z.string().min(1),
    source: z.string().optional(),
    /** Answered once per ISO week (the pulse): a second response in the same week replaces the first. */
    oncePerWeek: z.boolean().default(false),
    scales: z.array(scaleSchema).min(1),
    sections: z.array(sectionSchema).min(1),
  })
  .superRefine((instrument, ctx) => {
    const scaleIds = new Set(instrument.scales.map((s) => s.id));
    const itemIds = new Set<string>();
    instrument.sections.forEach((section, s) => {
      section.items.forEach((item, i) => {
        const path = ['sections', s, 'items', i];
        if (itemIds.has(item.id)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'id'], message: `duplicate item id "${item.id}"` });
        }
        itemIds.add(item.id);
        if ('scale' in item && !scaleIds.has(item.scale)) {
          ctx.addIssue({ code: 'custom', path: [...path, 'scale'], message: `unknown scale "${item.scale}"` });
        }
        const scale = 'scale' in item ? instrument.scales.find((sc) => sc.id === item.scale) : undefined;
        const notRating = item.type === 'rating' && scale ? ratingScaleProblem(scale) : null;
        if (notRating) ctx.addIssue({ code: 'custom', path: [...path, 'scale'], message: notRating });
        if (item.type === 'number' && item.min !== undefined && item.max !== undefined && item.min > item.max) {
          ctx.addIssue({ code: 'custom', path: [...path, 'min'], message: `min ${item.min} is above max ${item.max}` });
        }
      });
    });
  });

export type ScaleOption = z.infer<typeof scaleOptionSchema>;
export type Scale = z.infer<typeof scaleSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ItemType = Item['type'];
export type Section = z.infer<typeof sectionSchema>;
export type Instrument = z.infer<typeof instrumentSchema>;
/** An instrument as written by hand, before defaults are filled in. */
export type InstrumentInput = z.input<typeof instrumentSchema>;
