// Links and density between and within groups of organisations (by hub, kind or sector): the density matrix.
import type { DensityCell, DensityGroup, DensityGrouping, OrgKind } from '../../../generated/resolvers-types.ts';
import type { NetworkSnapshot, OrgAttributes } from '../network-model.ts';
import { KIND_NAMES } from './kind-names.ts';

export interface DensityMatrixResult {
  groups: DensityGroup[];
  cells: DensityCell[];
}

const NONE_NAMES: Record<DensityGrouping, [string, string]> = {
  HUB: ['거점 밖', 'No hub'],
  ORG_KIND: ['유형 미상', 'Unknown kind'],
  SECTOR: ['분야 미상', 'No sector'],
};

const groupKey = (by: DensityGrouping, attributes: OrgAttributes): string | null =>
  by === 'HUB' ? attributes.hub : by === 'SECTOR' ? attributes.sector : attributes.kind;

/**
 * Groups are the values the organisations of the snapshot have (sorted by key; organisations without one last, as
 * a group of their own with a null key). A cell per unordered pair of groups, the diagonal included: its links are
 * linked pairs of organisations between the two (within the group on the diagonal); possible pairs are
 * size·size' between, size·(size−1)/2 within; density = links / possible, null when no pair is possible.
 */
export function densityMatrix(snapshot: NetworkSnapshot, by: DensityGrouping): DensityMatrixResult {
  const { graph } = snapshot;
  const keys = new Map<string | null, number>();
  graph.forEachNode((_node, attributes) => {
    const key = groupKey(by, attributes);
    keys.set(key, (keys.get(key) ?? 0) + 1);
  });
  const ordered = [...keys.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  const indexOf = new Map(ordered.map((key, index) => [key, index]));
  const groups: DensityGroup[] = ordered.map((key, index) => {
    const [name, nameEn] = key === null ? NONE_NAMES[by] : nameOf(snapshot, by, key);
    return { index, key, name, nameEn, size: keys.get(key)! };
  });
  const size = groups.length;
  const links = new Float64Array(size * size);
  graph.forEachEdge((_edge, _attributes, _source, _target, sourceAttributes, targetAttributes) => {
    const a = indexOf.get(groupKey(by, sourceAttributes))!;
    const b = indexOf.get(groupKey(by, targetAttributes))!;
    const cell = Math.min(a, b) * size + Math.max(a, b);
    links[cell] = links[cell]! + 1;
  });
  const cells: DensityCell[] = [];
  for (let row = 0; row < size; row += 1) {
    for (let column = row; column < size; column += 1) {
      const [a, b] = [groups[row]!.size, groups[column]!.size];
      const possible = row === column ? (a * (a - 1)) / 2 : a * b;
      const count = links[row * size + column]!;
      cells.push({
        row,
        column,
        rowKey: groups[row]!.key ?? null,
        columnKey: groups[column]!.key ?? null,
        links: count,
        possible,
        density: possible === 0 ? null : count / possible,
      });
    }
  }
  return { groups, cells };
}

function nameOf(snapshot: NetworkSnapshot, by: DensityGrouping, key: string): [string, string] {
  if (by === 'ORG_KIND') return KIND_NAMES[key as OrgKind] ?? [key, key];
  const entity = (by === 'HUB' ? snapshot.hubs : snapshot.sectors).get(key);
  return entity ? [entity.name, entity.nameEn] : [key, key];
}
