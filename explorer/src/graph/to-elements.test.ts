// Checks that API payloads become the Cytoscape elements the canvas expects, in either language.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { sampleGraph } from '../test-support/sample-graph';
import { nodeLabel, toElements } from './to-elements';

describe('toElements', () => {
  it('builds a headless graph with every node and edge and their data', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sampleGraph(), 'ko') });

    expect(cy.nodes().length).toBe(4);
    expect(cy.edges().length).toBe(3);
    expect(cy.$id('acme').data()).toEqual({
      id: 'acme',
      label: '에이크미바이오',
      kind: 'COMPANY',
      hub: 'jeongwang',
      synthetic: true,
      degree: 2,
      size: 0.3,
    });
    expect(cy.$id('e2').data()).toMatchObject({
      id: 'e2',
      source: 'acme',
      target: 'snu',
      kind: 'JOINT_RD',
      since: '2023-01-15',
      until: '2025-12-31',
      weight: 2.5,
    });
    expect(cy.$id('e2').source().id()).toBe('acme');
    expect(cy.$id('snu').degree(false)).toBe(2);
    cy.destroy();
  });

  it('labels nodes in English when asked, falling back to Korean when there is no English name', () => {
    const cy = cytoscape({ headless: true, elements: toElements(sampleGraph(), 'en') });

    expect(cy.$id('snu').data('label')).toBe('Seoul National University');
    expect(cy.$id('kribb').data('label')).toBe('생명연');
    cy.destroy();
  });

  it('leaves out edges whose ends are missing and repeated ids, instead of breaking the drawing', () => {
    const payload = sampleGraph();
    payload.truncated = true;
    payload.nodes.push({ ...payload.nodes[0]!, label: '중복' });
    payload.edges.push(
      {
        id: 'dangling',
        source: 'snu',
        target: 'not-loaded',
        kind: 'MOU',
        since: null,
        until: null,
        weight: 1,
        title: null,
      },
      { ...payload.edges[0]!, kind: 'SUPPLY' },
      { id: 'snu', source: 'snu', target: 'acme', kind: 'MOU', since: null, until: null, weight: 1, title: null },
    );

    const elements = toElements(payload, 'ko');
    const cy = cytoscape({ headless: true, elements });

    expect(elements).toHaveLength(7);
    expect(cy.$id('dangling').length).toBe(0);
    expect(cy.$id('snu').data('label')).toBe('서울대학교');
    expect(cy.$id('e1').data('kind')).toBe('CLINICAL_TRIAL');
    cy.destroy();
  });

  it('gives an empty payload no elements', () => {
    expect(toElements({ nodes: [], edges: [], truncated: false }, 'ko')).toEqual([]);
  });
});

describe('nodeLabel', () => {
  it('uses the Korean name by default and the English one in English', () => {
    const node = { label: '시흥산업진흥원', labelEn: 'Siheung Industry Promotion Agency' };
    expect(nodeLabel(node, 'ko')).toBe('시흥산업진흥원');
    expect(nodeLabel(node, 'en')).toBe('Siheung Industry Promotion Agency');
    expect(nodeLabel({ label: ' ', labelEn: 'Only English' }, 'ko')).toBe('Only English');
  });
});

describe('marks', () => {
  it('carry the view state as classes, locks and sizes', () => {
    const elements = toElements(sampleGraph(), 'ko', {
      centre: 'snu',
      selected: 'acme',
      hidden: new Set(['kribb']),
      pinned: new Set(['snuh']),
      outOfTime: new Set(['e2']),
      highlighted: new Set(['snu', 'e1', 'snuh']),
      sizes: new Map([['snu', 1]]),
    });
    const cy = cytoscape({ headless: true, elements });
    expect(cy.$id('snu').classes()).toEqual(['highlighted', 'centre']);
    expect(cy.$id('snu').data('size')).toBe(1);
    expect(cy.$id('acme').classes()).toEqual(['faded', 'focus']);
    expect(cy.$id('kribb').classes()).toEqual(['hidden', 'faded']);
    expect(cy.$id('snuh').locked()).toBe(true);
    expect(cy.$id('snuh').hasClass('pinned')).toBe(true);
    expect(cy.$id('e2').classes()).toEqual(['out-of-time', 'faded']);
    expect(cy.$id('e1').hasClass('highlighted')).toBe(true);
    cy.destroy();
  });
});
