import { PNG } from 'pngjs';

/** The two icons Teams requires, by file name in the app package and size in pixels. */
export const TEAMS_ICONS = {
  colour: { fileName: 'color.png', size: 192 },
  outline: { fileName: 'outline.png', size: 32 },
} as const;

/** The colour icon's background; the manifest's accentColor matches it. */
export const ACCENT_COLOUR = '#1d5c7a';

type Point = readonly [number, number];

/** Shapes are drawn in a unit "symbol" square, then placed in the icon. */
interface SymbolPlacement {
  offset: number;
  scale: number;
}

const SHIELD_TOP = 0.04;
const SHIELD_SHOULDER = 0.5;
const SHIELD_TIP = 0.98;
const SHIELD_HALF_WIDTH = 0.42;
const TICK: readonly Point[] = [
  [0.29, 0.5],
  [0.44, 0.65],
  [0.71, 0.33],
];
const TICK_THICKNESS = 0.1;
const OUTLINE_INSET = 0.78;
const SAMPLES_PER_AXIS = 4;

function insideShield(x: number, y: number): boolean {
  if (y < SHIELD_TOP || y > SHIELD_TIP) return false;
  const taper = y <= SHIELD_SHOULDER ? 0 : (y - SHIELD_SHOULDER) / (SHIELD_TIP - SHIELD_SHOULDER);
  return Math.abs(x - 0.5) <= SHIELD_HALF_WIDTH * (1 - taper * taper);
}

/** The shield's rim: inside the shield but outside a smaller copy of it centred on the same point. */
function onShieldRim(x: number, y: number): boolean {
  const centreY = (SHIELD_TOP + SHIELD_TIP) / 2;
  return insideShield(x, y) && !insideShield(0.5 + (x - 0.5) / OUTLINE_INSET, centreY + (y - centreY) / OUTLINE_INSET);
}

function distanceToSegment([px, py]: Point, [ax, ay]: Point, [bx, by]: Point): number {
  const [dx, dy] = [bx - ax, by - ay];
  const along = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + along * dx), py - (ay + along * dy));
}

function onTick(x: number, y: number): boolean {
  return TICK.slice(1).some((end, index) => distanceToSegment([x, y], TICK[index] as Point, end) <= TICK_THICKNESS / 2);
}

/** The share of a pixel's sub-samples for which `covers` holds: a deterministic anti-aliased edge. */
function coverage(column: number, row: number, size: number, placement: SymbolPlacement, covers: (x: number, y: number) => boolean): number {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES_PER_AXIS; sy += 1) {
    for (let sx = 0; sx < SAMPLES_PER_AXIS; sx += 1) {
      const x = ((column + (sx + 0.5) / SAMPLES_PER_AXIS) / size - placement.offset) / placement.scale;
      const y = ((row + (sy + 0.5) / SAMPLES_PER_AXIS) / size - placement.offset) / placement.scale;
      if (covers(x, y)) hits += 1;
    }
  }
  return hits / SAMPLES_PER_AXIS ** 2;
}

function paint(size: number, pixel: (column: number, row: number) => readonly [number, number, number, number]): Buffer {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let row = 0; row < size; row += 1) {
    for (let column = 0; column < size; column += 1) {
      png.data.set(pixel(column, row), (row * size + column) * 4);
    }
  }
  return PNG.sync.write(png);
}

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16)) as [number, number, number];
}

/**
 * 192×192, opaque: a white shield with a tick cut out, on the accent colour. The symbol keeps to the central
 * 96×96 pixels, which is what Teams leaves visible when it crops the icon.
 */
export function drawColourIcon(): Buffer {
  const { size } = TEAMS_ICONS.colour;
  const accent = hexToRgb(ACCENT_COLOUR);
  const placement = { offset: 0.25, scale: 0.5 };
  return paint(size, (column, row) => {
    const white = coverage(column, row, size, placement, (x, y) => insideShield(x, y) && !onTick(x, y));
    const [r, g, b] = accent.map((channel) => Math.round(channel + (255 - channel) * white)) as [number, number, number];
    return [r, g, b, 255];
  });
}

/** 32×32: the shield's rim and the tick in white on a transparent background, as Teams requires of outline icons. */
export function drawOutlineIcon(): Buffer {
  const { size } = TEAMS_ICONS.outline;
  const placement = { offset: 0.03, scale: 0.94 };
  return paint(size, (column, row) => {
    const alpha = coverage(column, row, size, placement, (x, y) => onShieldRim(x, y) || onTick(x, y));
    return [255, 255, 255, Math.round(alpha * 255)];
  });
}
