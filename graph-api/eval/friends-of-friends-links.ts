// A purely structural link process for the evaluation (after Jackson & Rogers 2007, "meeting strangers and friends
// of friends"): organisations arrive in a random order and attach preferentially; meanwhile members already there
// keep forming links, mostly by closing a triangle (a partner's partner), otherwise preferentially. No attribute —
// kind, hub, sector, capability, need, event — takes part, so only structure can predict its later links. Unlike a
// pure growth model (seed's Holme–Kim, where every link forms when its newer end arrives), links also form between
// organisations that are already in the network, which is what a time split asks a ranking to foresee.
import { sampleWithoutReplacement, seededRandom } from '@siheung/core/random';

export interface FormedLink {
  /** Indices of the two ends in the organisation list. */
  a: number;
  b: number;
  /** Formation time in [0, 1): the share of the process elapsed. */
  time: number;
}

export interface FriendsOfFriendsOptions {
  nodes: number;
  links: number;
  seed: number;
  /** Probability that a link among members closes a triangle (otherwise it attaches preferentially). */
  triad?: number;
}

/** `links` distinct pairs over `nodes` organisations, in the order they formed. */
export function friendsOfFriendsLinks(options: FriendsOfFriendsOptions): FormedLink[] {
  const { nodes, seed } = options;
  const triad = options.triad ?? 0.8;
  const total = Math.min(options.links, (nodes * (nodes - 1)) / 2);
  const random = seededRandom(String(seed), 'matching-eval-friends-of-friends');
  const arrival = sampleWithoutReplacement(
    Array.from({ length: nodes }, (_, i) => i),
    nodes,
    random,
  );
  const adjacency: number[][] = Array.from({ length: nodes }, () => []);
  const seen = new Set<number>();
  // One entry per node present plus one per link end: a uniform pick is a pick by degree + 1.
  const ends: number[] = [];
  const present: number[] = [];
  const result: FormedLink[] = [];
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const link = (a: number, b: number, time: number): boolean => {
    const key = a < b ? a * nodes + b : b * nodes + a;
    if (a === b || seen.has(key)) return false;
    seen.add(key);
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
    ends.push(a, b);
    result.push({ a, b, time });
    return true;
  };
  const arrive = (): number => {
    const node = arrival[present.length]!;
    present.push(node);
    ends.push(node);
    return node;
  };
  arrive();
  // Arrivals spread over the whole process: each step brings a newcomer with probability (nodes left) / (steps left).
  for (let attempts = 0; result.length < total && attempts < total * 50; attempts += 1) {
    const time = result.length / total;
    const newcomerDue =
      present.length < nodes && random() < (nodes - present.length) / Math.max(total - result.length, 1);
    if (present.length < 2 || newcomerDue) {
      const node = arrive();
      if (present.length >= 2) {
        for (let tries = 0; tries < 20 && !link(node, pick(ends), time); tries += 1);
      }
      continue;
    }
    const member = pick(present);
    const partners = adjacency[member]!;
    const target = partners.length > 0 && random() < triad ? pick(adjacency[pick(partners)]!) : pick(ends);
    link(member, target, time);
  }
  return result;
}
