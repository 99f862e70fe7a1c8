// Yen's algorithm: the k shortest simple paths between two nodes, as distinct node sequences, shortest first.
// The shortest-path search is passed in (the database answers it), and each round asks for all its spur paths
// at once, so k paths cost k searches of the database however long they are.

/** One spur search: the shortest path from `spur` to the target avoiding some nodes and some first hops. */
export interface SpurRequest {
  spur: string;
  /**
   * Nodes the path may not visit after its start: the root path, the spur included (a search that only bars some
   * first hops could otherwise leave the spur and come back to it).
   */
  excluded: string[];
  /** Nodes the path may not take as its first hop (the next node of earlier paths sharing the root). */
  blockedNext: string[];
  /** Longest acceptable spur path, in hops. */
  maxHops: number;
}

/** Answers each request with the node ids of a shortest path (spur first, target last), or null when none. */
export type SpurSearch = (requests: SpurRequest[]) => Promise<Array<string[] | null>>;

const keyOf = (path: readonly string[]): string => JSON.stringify(path);

/** Shorter first; equal lengths in a fixed order, so the answer does not depend on the search's tie-breaking. */
function compare(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  const ka = keyOf(a);
  const kb = keyOf(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

function sharesRoot(path: readonly string[], root: readonly string[]): boolean {
  return path.length > root.length && root.every((id, index) => path[index] === id);
}

export async function kShortestPaths(
  from: string,
  to: string,
  k: number,
  maxHops: number,
  search: SpurSearch,
): Promise<string[][]> {
  const [first] = await search([{ spur: from, excluded: [from], blockedNext: [], maxHops }]);
  if (!first) return [];
  const found: string[][] = [first];
  const candidates = new Map<string, string[]>();
  while (found.length < k) {
    const previous = found[found.length - 1]!;
    const roots: string[][] = [];
    const requests: SpurRequest[] = [];
    for (let index = 0; index < previous.length - 1; index += 1) {
      const root = previous.slice(0, index + 1);
      if (maxHops - index < 1) continue;
      roots.push(root);
      requests.push({
        spur: previous[index]!,
        excluded: root,
        blockedNext: [...new Set(found.filter((path) => sharesRoot(path, root)).map((path) => path[index + 1]!))],
        maxHops: maxHops - index,
      });
    }
    const spurs = requests.length > 0 ? await search(requests) : [];
    spurs.forEach((spur, index) => {
      if (!spur) return;
      const path = [...roots[index]!.slice(0, -1), ...spur];
      candidates.set(keyOf(path), path);
    });
    for (const path of found) candidates.delete(keyOf(path));
    const best = [...candidates.values()].sort(compare)[0];
    if (!best) break;
    candidates.delete(keyOf(best));
    found.push(best);
  }
  return found;
}
