/**
 * SVG path data, written small: coordinates rounded to a fixed number of decimals, relative moves
 * after the first point of each ring, and points that round onto the previous one left out. d3-geo
 * draws into it as into a canvas context (`geoPath(projection, context)`).
 */
export class CompactPath {
  private readonly done: string[] = [];
  private ring = '';
  private points: [number, number][] = [];
  private x = 0;
  private y = 0;
  private readonly factor: number;

  /**
   * @param digits decimals kept
   * @param minRingArea closed rings smaller than this (in square units) are left out: islets and
   *   lakes too small to see at the map's scale
   */
  constructor(
    digits = 0,
    private readonly minRingArea = 0,
  ) {
    this.factor = 10 ** digits;
  }

  private round(n: number): number {
    return Math.round(n * this.factor) / this.factor;
  }

  /** A pair of numbers, the minus sign doing the work of a separator where it can. */
  private static pair(x: number, y: number): string {
    return y < 0 ? `${x}${y}` : `${x} ${y}`;
  }

  private area(): number {
    let sum = 0;
    for (let i = 0, j = this.points.length - 1; i < this.points.length; j = i++) {
      const [xi, yi] = this.points[i] as [number, number];
      const [xj, yj] = this.points[j] as [number, number];
      sum += xj * yi - xi * yj;
    }
    return Math.abs(sum) / 2;
  }

  /** Keeps the ring being drawn unless it rounded down to a point, or is a closed ring too small to see. */
  private finish(closed: boolean): void {
    const keep = this.points.length > 1 && (!closed || this.minRingArea === 0 || this.area() >= this.minRingArea);
    if (keep) this.done.push(closed ? `${this.ring}z` : this.ring);
    this.ring = '';
    this.points = [];
  }

  moveTo(x: number, y: number): void {
    this.finish(false);
    [this.x, this.y] = [this.round(x), this.round(y)];
    this.ring = `M${CompactPath.pair(this.x, this.y)}`;
    this.points = [[this.x, this.y]];
  }

  lineTo(x: number, y: number): void {
    const [rx, ry] = [this.round(x), this.round(y)];
    const [dx, dy] = [this.round(rx - this.x), this.round(ry - this.y)];
    if (dx === 0 && dy === 0) return;
    const pair = CompactPath.pair(dx, dy);
    this.ring += this.points.length === 1 ? `l${pair}` : dx < 0 ? pair : ` ${pair}`;
    this.points.push([rx, ry]);
    [this.x, this.y] = [rx, ry];
  }

  beginPath(): void {
    // Each ring starts with moveTo.
  }

  closePath(): void {
    this.finish(true);
  }

  /** d3-geo draws points as circles; the maps draw no point geometry through a path. */
  arc(): void {
    throw new Error('CompactPath draws no point geometry');
  }

  toString(): string {
    return [...this.done, ...(this.points.length > 1 ? [this.ring] : [])].join('');
  }
}
