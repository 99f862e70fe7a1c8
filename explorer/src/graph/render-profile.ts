// How to draw a view of a given size on this machine: past ~1,500 elements the faster settings (haystack edges,
// textures and no edges while panning), and the WebGL renderer only on a real GPU.

/** Past this many nodes and edges the full style pans jerkily on a machine without a GPU (explorer/README.md). */
export const LARGE_VIEW_ELEMENTS = 1500;

export interface RenderProfile {
  /** Faster settings: haystack edges, no dashes or outlines, `hideEdgesOnViewport`, `textureOnViewport`. */
  fast: boolean;
  /** Cytoscape's WebGL renderer (≥ 3.31). */
  webgl: boolean;
}

/**
 * Software GL (SwiftShader in headless Chromium and CI, Mesa's llvmpipe, Windows' basic renderer) draws
 * Cytoscape's WebGL renderer far slower than the canvas (explorer/README.md).
 */
export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
}

/** A forced renderer, for comparing them on one machine (the benchmarks' `?renderer=` switch). */
export type RendererOverride = 'full' | 'fast' | 'webgl';

/**
 * `?renderer=full|fast|webgl` in the page's address forces the full-style canvas, the fast canvas or the WebGL
 * renderer whatever the view's size (bench/src/explorer-draw.ts compares them); anything else: null (automatic).
 */
export function rendererOverrideFrom(search: string): RendererOverride | null {
  const value = new URLSearchParams(search).get('renderer');
  return value === 'full' || value === 'fast' || value === 'webgl' ? value : null;
}

/** `glRenderer` is the unmasked GL renderer string, or null when the browser has no WebGL. */
export function renderProfileFor(
  elementCount: number,
  glRenderer: string | null,
  override: RendererOverride | null = null,
): RenderProfile {
  if (override !== null) return { fast: override !== 'full', webgl: override === 'webgl' && glRenderer !== null };
  const fast = elementCount > LARGE_VIEW_ELEMENTS;
  return { fast, webgl: fast && glRenderer !== null && !isSoftwareRenderer(glRenderer) };
}

/** Read once when the page loads, before the address is rewritten with the view's state. */
export const RENDERER_OVERRIDE: RendererOverride | null =
  typeof location === 'undefined' ? null : rendererOverrideFrom(location.search);

let probed: string | null | undefined;

/** The browser's GL renderer string (asked once), or null without WebGL or outside a browser. */
export function glRendererName(): string | null {
  if (probed !== undefined) return probed;
  probed = null;
  if (typeof document === 'undefined') return probed;
  try {
    const gl = document.createElement('canvas').getContext('webgl');
    if (gl !== null) {
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      probed = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      gl.getExtension('WEBGL_lose_context')?.loseContext();
    }
  } catch {
    probed = null;
  }
  return probed;
}
