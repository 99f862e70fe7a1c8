// Colours for Louvain communities: a fixed palette of highly distinguishable colours by community number (0 is the
// largest), then golden-angle hues; deterministic, so the same partition always looks the same.

/** Kenneth Kelly's colours of maximum contrast, without white, black and grey (grey marks "no community"). */
export const COMMUNITY_PALETTE = [
  '#F3C300',
  '#875692',
  '#F38400',
  '#A1CAF1',
  '#BE0032',
  '#C2B280',
  '#008856',
  '#E68FAC',
  '#0067A5',
  '#F99379',
  '#604E97',
  '#F6A600',
  '#B3446C',
  '#DCD300',
  '#882D17',
  '#8DB600',
  '#654522',
  '#E25822',
  '#2B3D26',
] as const;

/** Organisations in no listed community (isolated, or in one smaller than the API's minimum size). */
export const NO_COMMUNITY_COLOUR = '#C8C8C8';

const GOLDEN_ANGLE = 137.50776405003785;

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`.toUpperCase();
}

/** The colour of community number `index` (0, 1, 2, … as the API numbers them). */
export function communityColour(index: number): string {
  if (index < COMMUNITY_PALETTE.length) return COMMUNITY_PALETTE[index]!;
  const extra = index - COMMUNITY_PALETTE.length;
  // Alternating lightness keeps neighbouring hues apart; the hue walks the circle by the golden angle.
  return hslToHex((extra * GOLDEN_ANGLE) % 360, 0.65, [0.42, 0.58, 0.5][extra % 3]!);
}

/** Each member's colour, keyed by organisation id. */
export function communityColours(
  communities: readonly { id: number; memberIds: readonly string[] }[],
): Map<string, string> {
  const colours = new Map<string, string>();
  for (const community of communities) {
    const colour = communityColour(community.id);
    for (const member of community.memberIds) colours.set(member, colour);
  }
  return colours;
}
