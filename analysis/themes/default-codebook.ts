import type { Codebook } from './codebook';

/**
 * The default codebook: the themes of the seed documents. Martin et al. (2014) name confidence,
 * training, supervision, workload, time for direct work, emotional impact and peer support; the
 * Munro Review (2011) adds the recording burden, counted here under time for direct work (the
 * time recording takes from children and families). Keywords are plain words a social worker
 * would write; a theme is mentioned when any of them occurs.
 */
export const DEFAULT_CODEBOOK: Codebook = {
  name: 'Seed themes (Martin et al. 2014; Munro 2011)',
  themes: [
    {
      id: 'workload',
      label: 'Workload',
      keywords: ['workload*', 'caseload*', 'case load*', 'too many cases', 'overwhelm*', 'busy', 'heavy', 'referrals', 'deadline*', 'covering', 'overtime', 'capacity'],
      patterns: [],
    },
    {
      id: 'supervision',
      label: 'Supervision',
      keywords: ['supervis*', 'line manager*', 'reflective', 'case discussion*'],
      patterns: [],
    },
    {
      id: 'training',
      label: 'Training',
      keywords: ['training', 'trained', 'course*', 'cpd', 'induction', 'learning', 'workshop*'],
      patterns: [],
    },
    {
      id: 'emotional_impact',
      label: 'Emotional impact',
      keywords: ['emotion*', 'stress*', 'upset*', 'distress*', 'anxious', 'anxiety', 'burnout', 'burn out', 'burnt out', 'exhaust*', 'tired', 'toll', 'wellbeing', 'traumati*'],
      patterns: [],
    },
    {
      id: 'direct_work_time',
      label: 'Time for direct work',
      keywords: ['direct work', 'home visit*', 'visits', 'time with children', 'time with families', 'recording', 'paperwork', 'admin*', 'travel*'],
      patterns: ['\\b(no|not enough|little|hard to find)\\s+time\\b'],
    },
    {
      id: 'peer_support',
      label: 'Peer support',
      keywords: ['peer*', 'colleague*', 'support from the team', 'team support', 'good team', 'the team'],
      patterns: [],
    },
    {
      id: 'confidence',
      label: 'Confidence',
      keywords: ['confiden*', 'unsure', 'out of my depth', 'self-doubt', 'not sure', 'out of our depth'],
      patterns: [],
    },
  ],
};
