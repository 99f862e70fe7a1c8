// A small SVG of a Cytoscape node shape, so the legend shows each kind exactly as the graph draws it.
import type { ReactElement } from 'react';
import type { NodeShapeName } from '../graph/kind-styles';

const SIZE = 16;

function starPoints(): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i += 1) {
    const radius = i % 2 === 0 ? 7.5 : 3.2;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${(8 + radius * Math.cos(angle)).toFixed(2)},${(8.6 + radius * Math.sin(angle)).toFixed(2)}`);
  }
  return points.join(' ');
}

const SHAPES: Record<NodeShapeName, (fill: string) => ReactElement> = {
  ellipse: (fill) => <circle cx="8" cy="8" r="7" fill={fill} />,
  'round-rectangle': (fill) => <rect x="1" y="1" width="14" height="14" rx="3.5" fill={fill} />,
  diamond: (fill) => <polygon points="8,0.5 15.5,8 8,15.5 0.5,8" fill={fill} />,
  hexagon: (fill) => <polygon points="4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8" fill={fill} />,
  triangle: (fill) => <polygon points="8,1 15.5,14.5 0.5,14.5" fill={fill} />,
  star: (fill) => <polygon points={starPoints()} fill={fill} />,
};

export function ShapeIcon({ shape, color }: { shape: NodeShapeName; color: string }) {
  return (
    <svg
      className="legend__icon"
      width={SIZE}
      height={SIZE}
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[shape](color)}
    </svg>
  );
}
