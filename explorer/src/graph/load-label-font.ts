// Makes sure the Hangul web font is loaded for the labels before Cytoscape draws them on its canvas.
import type { GraphPayload } from '../api/api-types';

export const LABEL_FONT_FACE = '"Noto Sans KR"';

/**
 * Every distinct character of the labels in both languages. The font is split into
 * unicode-range subsets that the browser fetches only for text it sees in the DOM; canvas text
 * does not trigger that, so the canvas's characters are asked for explicitly.
 */
export function labelCharacters(payload: GraphPayload): string {
  const chars = new Set<string>();
  for (const node of payload.nodes) {
    for (const char of node.label) chars.add(char);
    for (const char of node.labelEn) chars.add(char);
  }
  return [...chars].join('');
}

/** Resolves once the font faces for `text` are loaded, or after `timeoutMs`; never rejects. */
export async function loadLabelFont(text: string, timeoutMs = 4000): Promise<void> {
  if (text === '' || typeof document === 'undefined' || !('fonts' in document)) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  try {
    await Promise.race([document.fonts.load(`400 16px ${LABEL_FONT_FACE}`, text).then(() => undefined), timeout]);
  } catch {
    // A font that fails to load falls back to the system font: labels still show, only less well.
  } finally {
    clearTimeout(timer);
  }
}
