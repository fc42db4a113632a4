/** The demo sprint: one challenge closing minutes after seeding (with bids in), one open for a week, one draft. */
const eur = (major: number) => ({ amountMinor: major * 100, currency: 'EUR' });

const criteria = [
  {
    name: 'Technical merit',
    description: 'Detection range, fusion accuracy and false-alarm rate against the stated threat set.',
    weight: 50,
  },
  { name: 'Deployability', description: 'Time to field at a forward operating base with existing power and comms.', weight: 30 },
  { name: 'Team and delivery', description: 'Credibility of the plan, team and milestones.', weight: 20 },
];

export const DEMO_CHALLENGES = [
  {
    key: 'closing-soon',
    minutesOpen: 15,
    publish: true,
    input: {
      title: 'Counter-UAS sensor fusion for forward operating bases',
      problemStatement:
        'Small uncrewed aircraft reach forward bases below radar cover. We need a sensor-fusion layer that combines passive RF, acoustic and EO/IR feeds into one track picture within 2 seconds, runs on-site without cloud connectivity and integrates with existing C2 over open interfaces.',
      tags: ['c-uas', 'sensor-fusion', 'edge'],
      classification: 'NATO_UNCLASSIFIED' as const,
      requiredTier: 'T1' as const,
      trustedJurisdiction: 'NATO' as const,
      smeOnly: true,
      budget: eur(600_000),
      maxContractValue: eur(300_000),
      maxAwards: 2,
      evaluatorsPerSubmission: 3,
      standstillDays: 0,
      criteria,
    },
    bids: [
      {
        vendor: 'vendor1@demo.sprintgate.eu',
        price: eur(280_000),
        durationDays: 90,
        summary: 'Passive RF + acoustic fusion on a ruggedised edge node.',
      },
      {
        vendor: 'vendor3@demo.sprintgate.eu',
        price: eur(190_000),
        durationDays: 60,
        summary: 'EO/IR-first fusion with an open C2 adapter.',
      },
    ],
  },
  {
    key: 'open-week',
    minutesOpen: 7 * 24 * 60,
    publish: true,
    input: {
      title: 'Resilient tactical mesh networking under jamming',
      problemStatement:
        'Dismounted teams lose connectivity under wideband jamming. We seek a mesh networking capability that keeps position and short-message traffic flowing at reduced rate, with keys held outside the vendor and disconnected operation for weeks.',
      tags: ['networking', 'ew-resilience'],
      classification: 'NATO_RESTRICTED' as const,
      requiredTier: 'T2' as const,
      trustedJurisdiction: 'NATO' as const,
      smeOnly: false,
      budget: eur(1_000_000),
      maxContractValue: eur(500_000),
      maxAwards: 2,
      criteria,
    },
    bids: [],
  },
  {
    key: 'draft',
    minutesOpen: 14 * 24 * 60,
    publish: false,
    input: {
      title: 'Predictive maintenance for legacy vehicle fleets',
      problemStatement: 'Draft: predict drivetrain failures from existing telemetry without new sensors.',
      tags: ['logistics', 'ml'],
      classification: 'PUBLIC' as const,
      requiredTier: 'T0' as const,
      trustedJurisdiction: 'EU_EEA' as const,
      smeOnly: true,
      budget: eur(200_000),
      maxContractValue: eur(100_000),
      maxAwards: 1,
      criteria,
    },
    bids: [],
  },
];
