// Checks when the large-view settings and the WebGL renderer are used.
import { describe, expect, it } from 'vitest';
import { isSoftwareRenderer, LARGE_VIEW_ELEMENTS, rendererOverrideFrom, renderProfileFor } from './render-profile';

const GPU = 'ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)';

describe('isSoftwareRenderer', () => {
  it('recognises the software GL implementations', () => {
    expect(
      isSoftwareRenderer(
        'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      ),
    ).toBe(true);
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer('Microsoft Basic Render Driver')).toBe(true);
    expect(isSoftwareRenderer(GPU)).toBe(false);
  });
});

describe('renderProfileFor', () => {
  it('keeps the full style up to the threshold', () => {
    expect(renderProfileFor(LARGE_VIEW_ELEMENTS, GPU)).toEqual({ fast: false, webgl: false });
  });

  it('switches to the faster settings past it, with WebGL only on a real GPU', () => {
    expect(renderProfileFor(LARGE_VIEW_ELEMENTS + 1, GPU)).toEqual({ fast: true, webgl: true });
    expect(renderProfileFor(LARGE_VIEW_ELEMENTS + 1, 'SwiftShader')).toEqual({ fast: true, webgl: false });
    expect(renderProfileFor(LARGE_VIEW_ELEMENTS + 1, null)).toEqual({ fast: true, webgl: false });
  });
});

describe('the ?renderer= switch', () => {
  it('forces the chosen renderer whatever the size, WebGL only where the browser has it', () => {
    expect(renderProfileFor(10, 'SwiftShader', rendererOverrideFrom('?renderer=webgl'))).toEqual({
      fast: true,
      webgl: true,
    });
    expect(renderProfileFor(10, null, rendererOverrideFrom('?renderer=webgl'))).toEqual({ fast: true, webgl: false });
    expect(
      renderProfileFor(LARGE_VIEW_ELEMENTS + 1, 'SwiftShader', rendererOverrideFrom('?lang=en&renderer=full')),
    ).toEqual({ fast: false, webgl: false });
    expect(renderProfileFor(10, GPU, rendererOverrideFrom('?renderer=fast'))).toEqual({ fast: true, webgl: false });
  });

  it('ignores anything else', () => {
    expect(rendererOverrideFrom('?renderer=vulkan')).toBeNull();
    expect(rendererOverrideFrom('')).toBeNull();
  });
});
