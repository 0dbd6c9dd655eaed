// A small force layout (repulsion, springs along edges, gravity), run to rest before drawing.
export interface LNode {
  id: string;
  x: number;
  y: number;
  vx: number;
  vy: number;
  weight: number;
}

export function layoutGraph(
  ids: string[],
  weights: number[],
  edges: [number, number][],
  w: number,
  h: number,
): LNode[] {
  const n = ids.length;
  const nodes: LNode[] = ids.map((id, i) => {
    // Deterministic start on a spiral, so the same data draws the same picture.
    const a = i * 2.399963;
    const r = 10 * Math.sqrt(i + 1);
    return { id, x: w / 2 + r * Math.cos(a), y: h / 2 + r * Math.sin(a), vx: 0, vy: 0, weight: weights[i] };
  });
  const k = Math.sqrt((w * h) / Math.max(1, n)) * 0.9;
  const iterations = n > 300 ? 120 : 260;
  for (let it = 0; it < iterations; it++) {
    const cool = 1 - it / iterations;
    for (let i = 0; i < n; i++) {
      const a = nodes[i];
      for (let j = i + 1; j < n; j++) {
        const b = nodes[j];
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        let d2 = dx * dx + dy * dy;
        if (d2 < 0.01) {
          dx = Math.random() - 0.5;
          dy = Math.random() - 0.5;
          d2 = 0.25;
        }
        if (d2 > 9 * k * k) continue;
        const f = (k * k) / d2;
        a.vx += dx * f;
        a.vy += dy * f;
        b.vx -= dx * f;
        b.vy -= dy * f;
      }
    }
    for (const [s, t] of edges) {
      const a = nodes[s];
      const b = nodes[t];
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1;
      const f = (d - k) / d / 2;
      a.vx -= dx * f;
      a.vy -= dy * f;
      b.vx += dx * f;
      b.vy += dy * f;
    }
    for (const p of nodes) {
      p.vx += (w / 2 - p.x) * 0.01;
      p.vy += (h / 2 - p.y) * 0.01;
      const v = Math.sqrt(p.vx * p.vx + p.vy * p.vy) || 1;
      const max = 20 * cool + 1;
      p.x += (p.vx / v) * Math.min(v, max);
      p.y += (p.vy / v) * Math.min(v, max);
      p.vx = 0;
      p.vy = 0;
    }
  }
  // Fit into the box.
  const xs = nodes.map((p) => p.x);
  const ys = nodes.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pad = 40;
  const sx = (w - 2 * pad) / Math.max(1, x1 - x0);
  const sy = (h - 2 * pad) / Math.max(1, y1 - y0);
  for (const p of nodes) {
    p.x = pad + (p.x - x0) * sx;
    p.y = pad + (p.y - y0) * sy;
  }
  return nodes;
}
