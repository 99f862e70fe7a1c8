// Builds the Cytoscape stylesheet from the kind tables and display options; pure, so it is tested headless.
import type { Css, StylesheetJson } from 'cytoscape';
import { LINK_KINDS, ORG_KINDS } from '../api/schema-types';
import type { Language } from '../i18n/language';
import { LABEL_FONT_FAMILY, LINK_KIND_STYLES, ORG_KIND_STYLES } from './kind-styles';

export interface StylesheetOptions {
  language: Language;
  /** Label size in model pixels at zoom 1. */
  labelFontSize: number;
  /** Labels smaller than this on screen are not drawn: keeps a zoomed-out large network legible and fast. */
  labelMinZoomedFontSize: number;
  nodeSize: number;
}

export function defaultStylesheetOptions(language: Language): StylesheetOptions {
  return { language, labelFontSize: 11, labelMinZoomedFontSize: 7, nodeSize: 22 };
}

const TEXT_COLOR = '#1f2328';
const OUTLINE_COLOR = '#ffffff';
const SELECTED_COLOR = '#111111';

export function buildStylesheet(options: StylesheetOptions): StylesheetJson {
  const base: Css.Node = {
    label: 'data(label)',
    width: options.nodeSize,
    height: options.nodeSize,
    'background-color': '#888888',
    'border-width': 1.5,
    'border-color': '#ffffff',
    'font-family': LABEL_FONT_FAMILY,
    'font-size': options.labelFontSize,
    color: TEXT_COLOR,
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': 3,
    'text-outline-color': OUTLINE_COLOR,
    'text-outline-width': 2,
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
      'line-style': link.lineStyle,
      width: link.width,
    };
    if (link.dashPattern !== null) style['line-dash-pattern'] = [...link.dashPattern];
    return { selector: `edge[kind = "${kind}"]`, style };
  });

  return [
    { selector: 'node', style: base },
    ...kindBlocks,
    {
      selector: 'node[?synthetic]',
      style: { 'border-style': 'dashed', 'border-color': '#555555', 'border-width': 1.5 } satisfies Css.Node,
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        'line-color': '#9aa0a6',
        width: 1.5,
        opacity: 0.8,
      } satisfies Css.Edge,
    },
    ...linkBlocks,
    {
      selector: 'node:selected',
      style: { 'border-width': 3, 'border-color': SELECTED_COLOR, 'border-style': 'solid' } satisfies Css.Node,
    },
    { selector: 'edge:selected', style: { opacity: 1, width: 4 } satisfies Css.Edge },
  ];
}
