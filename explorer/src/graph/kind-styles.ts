// The visual vocabulary, stated once: colour and shape per organisation kind, line per link kind (stylesheet and legend
// read it).
import type { LinkKind, OrgKind } from '../api/api-types';

/** The Cytoscape node shapes the explorer uses; the legend draws each of them, so the set is closed. */
export type NodeShapeName = 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon' | 'triangle' | 'star';

export interface OrgKindStyle {
  color: string;
  shape: NodeShapeName;
}

/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies) and a
 * distinct shape per kind, so kind never rests on colour alone.
 */
export const ORG_KIND_STYLES: Readonly<Record<OrgKind, OrgKindStyle>> = {
  COMPANY: { color: '#0072B2', shape: 'ellipse' },
  UNIVERSITY: { color: '#E69F00', shape: 'round-rectangle' },
  HOSPITAL: { color: '#D55E00', shape: 'diamond' },
  RESEARCH_INSTITUTE: { color: '#009E73', shape: 'hexagon' },
  PUBLIC_AGENCY: { color: '#CC79A7', shape: 'triangle' },
  SUPPORT_ORG: { color: '#56B4E9', shape: 'star' },
};

export type LineStyleName = 'solid' | 'dashed' | 'dotted';

export interface LinkKindStyle {
  color: string;
  lineStyle: LineStyleName;
  /** Dash and gap lengths in px for dashed lines (Cytoscape `line-dash-pattern`, SVG `stroke-dasharray`). */
  dashPattern: readonly number[] | null;
  width: number;
}

/** Paul Tol's "muted" palette, paired with line patterns so link kinds differ without colour too. */
export const LINK_KIND_STYLES: Readonly<Record<LinkKind, LinkKindStyle>> = {
  JOINT_RD: { color: '#332288', lineStyle: 'solid', dashPattern: null, width: 2.5 },
  CO_PUBLICATION: { color: '#117733', lineStyle: 'dotted', dashPattern: null, width: 2 },
  CLINICAL_TRIAL: { color: '#AA4499', lineStyle: 'dashed', dashPattern: [8, 4], width: 2 },
  TECH_TRANSFER: { color: '#882255', lineStyle: 'dashed', dashPattern: [2, 3, 8, 3], width: 2 },
  SUPPLY: { color: '#44AA99', lineStyle: 'solid', dashPattern: null, width: 1.5 },
  MOU: { color: '#999933', lineStyle: 'dashed', dashPattern: [3, 3], width: 1.5 },
  INVESTMENT: { color: '#CC6677', lineStyle: 'dashed', dashPattern: [12, 4], width: 2 },
};

/** Cytoscape draws labels on a canvas, so the Hangul web font must be named first. */
export const LABEL_FONT_FAMILY = '"Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif';
