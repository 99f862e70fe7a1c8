// Checks the size scores: degree from the API, betweenness and PageRank computed on the view, all scaled to 0–1.
import { describe, expect, it } from 'vitest';
import type { GraphPayload } from '../api/api-types';
import { sampleGraph } from '../test-support/sample-graph';
import { BETWEENNESS_MAX_NODES, centralityScores, isMetricAvailable, UNIFORM_SCORE } from './centrality';

/** A star a–b, a–c, a–d plus a path d–e: a bridges everything, d bridges e. */
function star(): GraphPayload {
  const node = (id: string, degree: number) => ({ ...sampleGraph().nodes[0]!, id, degree });
  const edge = (id: string, source: string, target: string) => ({ ...sampleGraph().edges[0]!, id, source, target });
  return {
    truncated: false,
    nodes: [node('a', 3), node('b', 1), node('c', 1), node('d', 2), node('e', 1)],
    edges: [edge('1', 'a', 'b'), edge('2', 'a', 'c'), edge('3', 'a', 'd'), edge('4', 'd', 'e'), edge('5', 'b', 'a')],
  };
}

describe('centralityScores', () => {
  it('scales degree to the largest', () => {
    const scores = centralityScores(star(), 'degree');
    expect(scores.get('a')).toBe(1);
    expect(scores.get('b')).toBeCloseTo(1 / 3);
  });

  it('computes betweenness on the view (a parallel link counts once)', () => {
    const scores = centralityScores(star(), 'betweenness');
    // a lies on the shortest paths of b–c, b–d, b–e, c–d, c–e: 5 pairs; d on a–e, b–e, c–e: 3 pairs.
    expect(scores.get('a')).toBe(1);
    expect(scores.get('d')).toBeCloseTo(3 / 5);
    expect(scores.get('b')).toBe(0);
  });

  it('ranks the hub first by PageRank', () => {
    const scores = centralityScores(star(), 'pagerank');
    expect(scores.get('a')).toBe(1);
    expect(scores.get('d')!).toBeGreaterThan(scores.get('e')!);
  });

  it('gives every node the same score for "uniform"', () => {
    expect(new Set(centralityScores(star(), 'uniform').values())).toEqual(new Set([UNIFORM_SCORE]));
  });

  it('does not offer betweenness for views too large to compute it in the page', () => {
    expect(isMetricAvailable('betweenness', BETWEENNESS_MAX_NODES)).toBe(true);
    expect(isMetricAvailable('betweenness', BETWEENNESS_MAX_NODES + 1)).toBe(false);
    expect(isMetricAvailable('pagerank', 100_000)).toBe(true);
  });
});
