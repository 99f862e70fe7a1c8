// The needs-first frame on hand-made scores: which candidates move up, and which stay where the scores put them.
import { describe, expect, it } from 'vitest';
import { needsFirstOrder } from './needs-first.ts';

// Candidates 0–7, best score first; 6 offers QC, 7 offers GMP and QC, 2 offers nothing the needs ask.
const scored = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({ i, score: 1 - i / 10 }));
const covers = scored.map(({ i }) => new Set(i === 6 ? ['QC'] : i === 7 ? ['GMP', 'QC'] : []));
const FRAME = { maxPriority: 2, within: 5 };
const order = (needs: { capabilityId: string; priority: number }[], config = FRAME) =>
  needsFirstOrder(scored, needs, covers, config).map(({ i }) => i);

describe('needsFirstOrder', () => {
  it('brings the best offer of each urgent need into the first five, the scores ordering the rest', () => {
    // QC (priority 1): 6 is its best offer; GMP (priority 2): only 7. They take the places of 3 and 4.
    expect(
      order([
        { capabilityId: 'QC', priority: 1 },
        { capabilityId: 'GMP', priority: 2 },
      ]),
    ).toEqual([0, 1, 2, 6, 7, 3, 4, 5]);
  });

  it('lets one candidate cover two needs, and moves nothing for a need already covered in the frame', () => {
    // GMP first (priority 1) brings 7, which offers QC too.
    expect(
      order([
        { capabilityId: 'GMP', priority: 1 },
        { capabilityId: 'QC', priority: 2 },
      ]),
    ).toEqual([0, 1, 2, 3, 7, 4, 5, 6]);
    expect(order([{ capabilityId: 'QC', priority: 1 }], { maxPriority: 2, within: 8 })).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7,
    ]);
  });

  it('leaves less urgent needs, needs nobody offers and organisations without needs to the scores', () => {
    const asScored = [0, 1, 2, 3, 4, 5, 6, 7];
    expect(order([{ capabilityId: 'QC', priority: 3 }])).toEqual(asScored);
    expect(order([{ capabilityId: 'PUMP', priority: 1 }])).toEqual(asScored);
    expect(order([])).toEqual(asScored);
  });
});
