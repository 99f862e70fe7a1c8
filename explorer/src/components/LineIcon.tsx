// A short SVG line in a link kind's colour and pattern, for the legend.
import type { LinkKindStyle } from '../graph/kind-styles';

export function LineIcon({ style }: { style: LinkKindStyle }) {
  const dotted = style.lineStyle === 'dotted';
  const dash = dotted ? `0.1 ${style.width * 2}` : style.dashPattern?.join(' ');
  return (
    <svg
      className="legend__icon legend__icon--line"
      width="32"
      height="12"
      viewBox="0 0 32 12"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="2"
        y1="6"
        x2="30"
        y2="6"
        stroke={style.color}
        strokeWidth={style.width}
        strokeDasharray={dash}
        strokeLinecap={dotted ? 'round' : 'butt'}
      />
    </svg>
  );
}
