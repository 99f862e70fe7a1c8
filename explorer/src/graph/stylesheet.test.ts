// Checks the stylesheet: distinct colour+shape per organisation kind, a style per link kind, and that Cytoscape applies
// it.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { LINK_KINDS, ORG_KINDS } from '../api/api-types';
import { sampleGraph } from '../test-support/sample-graph';
import { LINK_KIND_STYLES, ORG_KIND_STYLES } from './kind-styles';
import { buildStylesheet, defaultStylesheetOptions } from './stylesheet';
import { toElements } from './to-elements';

function hexToRgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255})`;
}

function styledGraph(language: 'ko' | 'en' = 'ko') {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: toElements(sampleGraph(), language),
    style: buildStylesheet(defaultStylesheetOptions(language)),
  });
}

describe('organisation kind styles', () => {
  it('give each of the six kinds its own colour and its own shape', () => {
    const colours = ORG_KINDS.map((kind) => ORG_KIND_STYLES[kind].color.toLowerCase());
    const shapes = ORG_KINDS.map((kind) => ORG_KIND_STYLES[kind].shape);
    expect(ORG_KINDS).toHaveLength(6);
    expect(new Set(colours).size).toBe(6);
    expect(new Set(shapes).size).toBe(6);
  });

  it('are applied by Cytoscape to nodes of each kind', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: ORG_KINDS.map((kind) => ({
        data: { id: kind, label: kind, kind, hub: null, synthetic: false, size: 0.5 },
      })),
      style: buildStylesheet(defaultStylesheetOptions('ko')),
    });
    for (const kind of ORG_KINDS) {
      const node = cy.$id(kind);
      expect(node.style('background-color')).toBe(hexToRgb(ORG_KIND_STYLES[kind].color));
      expect(node.style('shape')).toBe(ORG_KIND_STYLES[kind].shape);
    }
    cy.destroy();
  });
});

describe('link kind styles', () => {
  it('exist for every link kind, each with a different colour-and-pattern pair', () => {
    const pairs = LINK_KINDS.map((kind) => {
      const style = LINK_KIND_STYLES[kind];
      return `${style.color.toLowerCase()}|${style.lineStyle}|${style.dashPattern?.join(',') ?? ''}`;
    });
    expect(new Set(pairs).size).toBe(LINK_KINDS.length);
    for (const kind of LINK_KINDS) {
      const style = LINK_KIND_STYLES[kind];
      expect(style.lineStyle === 'dashed').toBe(style.dashPattern !== null);
    }
  });

  it('are applied by Cytoscape to edges of each kind', () => {
    const nodes = [{ data: { id: 'a', kind: 'COMPANY' } }, { data: { id: 'b', kind: 'HOSPITAL' } }];
    const edges = LINK_KINDS.map((kind) => ({ data: { id: kind, source: 'a', target: 'b', kind } }));
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: [...nodes, ...edges],
      style: buildStylesheet(defaultStylesheetOptions('ko')),
    });
    for (const kind of LINK_KINDS) {
      const edge = cy.$id(kind);
      expect(edge.style('line-color')).toBe(hexToRgb(LINK_KIND_STYLES[kind].color));
      expect(edge.style('line-style')).toBe(LINK_KIND_STYLES[kind].lineStyle);
    }
    cy.destroy();
  });
});

describe('labels', () => {
  it('show the node label with a Hangul font and a text outline', () => {
    const cy = styledGraph('ko');
    const node = cy.$id('snu');
    expect(node.style('label')).toBe('서울대학교');
    expect(node.style('font-family')).toContain('Noto Sans KR');
    expect(Number.parseFloat(node.style('text-outline-width'))).toBeGreaterThan(0);
    cy.destroy();
  });

  it('show English labels in English', () => {
    const cy = styledGraph('en');
    expect(cy.$id('snuh').style('label')).toBe('SNU Hospital');
    cy.destroy();
  });

  it('mark synthetic organisations with a dashed outline', () => {
    const cy = styledGraph();
    expect(cy.$id('acme').style('border-style')).toBe('dashed');
    expect(cy.$id('snu').style('border-style')).toBe('solid');
    cy.destroy();
  });
});

describe('view marks and sizes', () => {
  it('size nodes by their score and hide hidden and out-of-time elements', () => {
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(sampleGraph(), 'ko', {
        sizes: new Map([
          ['snu', 1],
          ['snuh', 0],
        ]),
        hidden: new Set(['acme']),
        outOfTime: new Set(['e1']),
      }),
      style: buildStylesheet(defaultStylesheetOptions('ko')),
    });
    const { nodeSize } = defaultStylesheetOptions('ko');
    expect(cy.$id('snu').width()).toBe(nodeSize.max);
    expect(cy.$id('snuh').width()).toBe(nodeSize.min);
    expect(Number.parseFloat(cy.$id('snu').style('font-size'))).toBeGreaterThan(
      Number.parseFloat(cy.$id('snuh').style('font-size')),
    );
    expect(cy.$id('acme').style('display')).toBe('none');
    expect(cy.$id('e1').style('display')).toBe('none');
    expect(cy.$id('kribb').style('display')).toBe('element');
    cy.destroy();
  });

  it('draw large views with straight haystack edges and no dashes', () => {
    const fast = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(sampleGraph(), 'ko'),
      style: buildStylesheet(defaultStylesheetOptions('ko', true)),
    });
    expect(fast.$id('e1').style('curve-style')).toBe('haystack');
    expect(fast.$id('e1').style('line-style')).toBe('solid');
    fast.destroy();
    const full = styledGraph();
    expect(full.$id('e1').style('curve-style')).toBe('bezier');
    expect(full.$id('e1').style('line-style')).toBe('dashed');
    full.destroy();
  });
});

describe('buildStylesheet', () => {
  it('is pure: the same options give an equal stylesheet', () => {
    expect(buildStylesheet(defaultStylesheetOptions('en'))).toEqual(buildStylesheet(defaultStylesheetOptions('en')));
  });
});

describe('fills (colour by community)', () => {
  it('replace the kind colour of the nodes given a fill and leave the others alone', () => {
    const payload = sampleGraph();
    const [first, second] = payload.nodes;
    const fills = new Map([[first!.id, '#F3C300']]);
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      elements: toElements(payload, 'ko', { fills }),
      style: buildStylesheet(defaultStylesheetOptions('ko')),
    });
    expect(cy.$id(first!.id).style('background-color')).toBe(hexToRgb('#F3C300'));
    expect(cy.$id(first!.id).style('shape')).toBe(ORG_KIND_STYLES[first!.kind].shape);
    expect(cy.$id(second!.id).style('background-color')).toBe(hexToRgb(ORG_KIND_STYLES[second!.kind].color));
    // Turning the fills off (no `filled` class) brings the kind colour back, whatever data stays behind.
    cy.$id(first!.id).removeClass('filled');
    expect(cy.$id(first!.id).style('background-color')).toBe(hexToRgb(ORG_KIND_STYLES[first!.kind].color));
    cy.destroy();
  });
});
