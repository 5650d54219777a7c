import type { InstrumentInput } from '../schema';

export const CHILD_DETAILS_WARNING =
  'Please do not name or describe children, families or colleagues: anything here may be read by your managers in pooled form.';

/**
 * The weekly check-in: six questions and an optional comment, each built from a construct in the
 * seed documents (`source` says which). It is short on purpose (Munro 2011 warns against recording
 * burden): the target is under 30 seconds.
 */
export const pulseInstrument: InstrumentInput = {
  id: 'pulse',
  version: '1.0.0',
  title: 'Weekly pulse',
  description: 'Six quick questions about your week. Your answers stay in this browser until you export them.',
  roles: ['social_worker', 'manager'],
  groupLabel: 'respondents',
  oncePerWeek: true,
  scales: [
    {
      id: 'week_feel',
      options: [
        { code: 1, label: 'Very hard', face: 'very-sad' },
        { code: 2, label: 'Hard', face: 'sad' },
        { code: 3, label: 'Okay', face: 'neutral' },
        { code: 4, label: 'Good', face: 'happy' },
        { code: 5, label: 'Very good', face: 'very-happy' },
      ],
    },
    {
      id: 'agree5',
      options: [
        { code: 5, label: 'Strongly agree' },
        { code: 4, label: 'Agree' },
        { code: 3, label: 'Neither agree nor disagree' },
        { code: 2, label: 'Disagree' },
        { code: 1, label: 'Strongly disagree' },
      ],
    },
  ],
  sections: [
    {
      id: 'week',
      items: [
        {
          id: 'week_overall',
          shortLabel: 'How the week felt',
          type: 'rating',
          scale: 'week_feel',
          required: true,
          text: 'Overall, how did this week feel?',
          source:
            'Seed 004 (Masson, Frost & Parton 2008): 94% agreed the stresses placed on practitioners had increased; seed 000 (Martin et al. 2014): the emotional toll of the work.',
        },
        {
          id: 'workload_manageable',
          shortLabel: 'Workload manageable',
          type: 'likert',
          scale: 'agree5',
          required: true,
          text: 'My workload this week was manageable.',
          source:
            'Seed 000 (Martin et al. 2014): "workload management", staff "overwhelmed with cases"; seed 001 (Ofsted 2012): workload management system.',
        },
        {
          id: 'direct_work_time',
          shortLabel: 'Enough time',
          type: 'likert',
          scale: 'agree5',
          required: true,
          text: 'I had enough time for direct work with children and families.',
          textByRole: { manager: 'I had enough time to support the staff I manage.' },
          source:
            'Seed 001 (Ofsted 2012) item "sufficient time" (worded by role as there); seed 000 (Martin et al. 2014): time for direct work with children; seed 004: paperwork leaves "insufficient time for building relationships with children and families".',
        },
        {
          id: 'support_when_needed',
          shortLabel: 'Support when needed',
          type: 'likert',
          scale: 'agree5',
          required: true,
          text: 'When I needed supervision or support this week, I could get it.',
          source:
            'Seed 000 (Martin et al. 2014): "the importance of regular support and supervision"; seed 001 (Ofsted 2012): regular, protected supervision.',
        },
        {
          id: 'emotional_support',
          shortLabel: 'Emotional support',
          type: 'likert',
          scale: 'agree5',
          required: true,
          text: 'I had support with the emotional impact of my work.',
          source:
            'Seed 000 (Martin et al. 2014): peer and supervisory support "key in managing the emotional impact of their work"; seed 001 (Ofsted 2012): item "understand the emotional impact of the work on myself".',
        },
        {
          id: 'decision_confidence',
          shortLabel: 'Confident in decisions',
          type: 'likert',
          scale: 'agree5',
          required: true,
          text: 'I felt confident in the decisions I made.',
          source:
            "Seed 000 (Martin et al. 2014): social workers' confidence; seed 001 (Ofsted 2012): support to make effective and difficult decisions.",
        },
        {
          id: 'comment',
          shortLabel: 'Comment',
          type: 'text',
          required: false,
          maxLength: 500,
          text: 'Anything else about your week? (optional)',
          warning: CHILD_DETAILS_WARNING,
          source: 'Seed 002 (Munro 2011): learning from feedback by staff.',
        },
      ],
    },
  ],
};
