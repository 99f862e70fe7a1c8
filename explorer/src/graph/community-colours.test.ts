// Checks the community colours: deterministic, the same for one community's members, distinct between communities.
import { describe, expect, it } from 'vitest';
import { COMMUNITY_PALETTE, communityColour, communityColours, NO_COMMUNITY_COLOUR } from './community-colours';

describe('communityColour', () => {
  it('starts with the fixed palette and stays distinct, valid hex far beyond it', () => {
    expect(communityColour(0)).toBe(COMMUNITY_PALETTE[0]);
    const colours = Array.from({ length: 300 }, (_, index) => communityColour(index));
    expect(new Set(colours).size).toBe(300);
    for (const colour of colours) expect(colour).toMatch(/^#[0-9A-F]{6}$/);
    expect(colours).not.toContain(NO_COMMUNITY_COLOUR);
  });

  it('is the same on every call', () => {
    expect(communityColour(42)).toBe(communityColour(42));
  });
});

describe('communityColours', () => {
  it('gives every member of a community its colour, and different communities different colours', () => {
    const colours = communityColours([
      { id: 0, memberIds: ['A', 'B', 'C'] },
      { id: 1, memberIds: ['D', 'E'] },
    ]);
    expect(colours.get('A')).toBe(colours.get('C'));
    expect(colours.get('D')).toBe(colours.get('E'));
    expect(colours.get('A')).not.toBe(colours.get('D'));
    expect(colours.has('F')).toBe(false);
  });
});
