// Builds the Cytoscape stylesheet from the kind tables and display options; pure, so it is tested headless.
import type { Css, StylesheetJson } from 'cytoscape';
import { LINK_KINDS, ORG_KINDS } from '../api/api-types';
import type { Language } from '../i18n/language';
import { LABEL_FONT_FAMILY, LINK_KIND_STYLES, ORG_KIND_STYLES } from './kind-styles';

export interface StylesheetOptions {
  language: Language;
  /** Node diameter in model pixels for the smallest and the largest score of the chosen centrality. */
  nodeSize: { min: number; max: number };
  /** Label size for the smallest and largest nodes: small nodes' labels are the first to go when zooming out. */
  labelFontSize: { min: number; max: number };
  /** Labels smaller than this on screen are not drawn: keeps a zoomed-out network legible and fast. */
  labelMinZoomedFontSize: number;
  /** A large view: straight "haystack" edges without dash patterns, no label outlines, labels only up close. */
  fast: boolean;
}

export function defaultStylesheetOptions(language: Language, fast = false): StylesheetOptions {
  return {
    language,
    nodeSize: { min: 14, max: 44 },
    labelFontSize: { min: 9, max: 14 },
    labelMinZoomedFontSize: fast ? 12 : 7,
    fast,
  };
}

const TEXT_COLOR = '#1f2328';
const OUTLINE_COLOR = '#ffffff';
const FOCUS_COLOR = '#0b5cad';
const CENTRE_COLOR = '#111111';

const mapSize = (range: { min: number; max: number }) => `mapData(size, 0, 1, ${range.min}, ${range.max})`;

export function buildStylesheet(options: StylesheetOptions): StylesheetJson {
  const base: Css.Node = {
    label: 'data(label)',
    width: mapSize(options.nodeSize),
    height: mapSize(options.nodeSize),
    'background-color': '#888888',
    'border-width': 1.5,
    'border-color': '#ffffff',
    'font-family': LABEL_FONT_FAMILY,
    'font-size': mapSize(options.labelFontSize),
    color: TEXT_COLOR,
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': 3,
    'text-outline-color': OUTLINE_COLOR,
    'text-outline-width': options.fast ? 0 : 2,
    'text-outline-opacity': 0.9,
    'text-wrap': 'wrap',
    // English names run longer than Korean ones at the same size; give them more room before wrapping.
    'text-max-width': options.language === 'en' ? '140px' : '110px',
    'min-zoomed-font-size': options.labelMinZoomedFontSize,
  };

  const kindBlocks = ORG_KINDS.map((kind) => ({
    selector: `node[kind = "${kind}"]`,
    style: {
      'background-color': ORG_KIND_STYLES[kind].color,
      shape: ORG_KIND_STYLES[kind].shape,
    } satisfies Css.Node,
  }));

  const linkBlocks = LINK_KINDS.map((kind) => {
    const link = LINK_KIND_STYLES[kind];
    const style: Css.Edge = {
      'line-color': link.color,
      'line-style': options.fast ? 'solid' : link.lineStyle,
      width: link.width,
    };
    if (link.dashPattern !== null && !options.fast) style['line-dash-pattern'] = [...link.dashPattern];
    return { selector: `edge[kind = "${kind}"]`, style };
  });

  const edgeBase: Css.Edge = options.fast
    ? { 'curve-style': 'haystack', 'haystack-radius': 0, 'line-color': '#9aa0a6', width: 1, opacity: 0.7 }
    : { 'curve-style': 'bezier', 'line-color': '#9aa0a6', width: 1.5, opacity: 0.8 };

  return [
    { selector: 'node', style: base },
    ...kindBlocks,
    {
      selector: 'node[?synthetic]',
      // Dashed outlines cost a lot to draw thousands of times: a large view keeps the grey outline, solid.
      style: {
        'border-style': options.fast ? 'solid' : 'dashed',
        'border-color': '#555555',
        'border-width': 1.5,
      } satisfies Css.Node,
    },
    // Colour by community: the fill replaces the kind's colour; the shape still tells the kind.
    { selector: 'node.filled', style: { 'background-color': 'data(fill)' } },
    { selector: 'edge', style: edgeBase },
    ...linkBlocks,
    { selector: '.faded', style: { opacity: 0.25 } },
    {
      selector: 'node.highlighted',
      style: {
        'border-width': 3,
        'border-color': CENTRE_COLOR,
        'border-style': 'solid',
        'z-index': 10,
      } satisfies Css.Node,
    },
    { selector: 'edge.highlighted', style: { width: 5, opacity: 1, 'z-index': 10 } satisfies Css.Edge },
    {
      selector: 'node.centre',
      style: {
        'border-width': 4,
        'border-color': CENTRE_COLOR,
        'border-style': 'solid',
        'font-weight': 'bold',
        'z-index': 20,
      } satisfies Css.Node,
    },
    {
      selector: 'node.pinned',
      style: { 'border-style': 'double', 'border-width': 5, 'border-color': '#333333' } satisfies Css.Node,
    },
    {
      selector: 'node.focus',
      style: {
        'underlay-color': FOCUS_COLOR,
        'underlay-opacity': 0.3,
        'underlay-padding': 8,
        'underlay-shape': 'ellipse',
        'z-index': 30,
      } satisfies Css.Node,
    },
    { selector: 'edge:selected', style: { opacity: 1, width: 4 } satisfies Css.Edge },
    // Hidden by the user or out of the chosen time: not drawn, but still in place for when it comes back.
    { selector: '.hidden, .out-of-time', style: { display: 'none' } },
  ];
}
