/**
 * Weighted, L2-regularised logistic regression fitted by Newton's method (a few dozen features,
 * tens of thousands of rows: exact and quick). Pure, with its own unit test.
 */

export interface Sample {
  x: Float64Array;
  y: 0 | 1;
  weight: number;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Solves A·v = b for a small dense symmetric positive-definite A (Gaussian elimination). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const p = m[c]![c]!;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => row[n]! / row[i]!);
}

/** Fits weights; `l2` penalises every weight but the first (the bias). */
export function fitLogistic(samples: readonly Sample[], dims: number, l2 = 1, iterations = 25): number[] {
  let w = new Array<number>(dims).fill(0);
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(dims).fill(0);
    const hess = Array.from({ length: dims }, () => new Array<number>(dims).fill(0));
    for (const s of samples) {
      let z = 0;
      for (let i = 0; i < dims; i++) z += s.x[i]! * w[i]!;
      const p = sigmoid(z);
      const g = (p - s.y) * s.weight;
      const h = p * (1 - p) * s.weight;
      for (let i = 0; i < dims; i++) {
        const xi = s.x[i]!;
        if (xi === 0) continue;
        grad[i]! += g * xi;
        for (let j = 0; j < dims; j++) if (s.x[j]) hess[i]![j]! += h * xi * s.x[j]!;
      }
    }
    for (let i = 1; i < dims; i++) {
      grad[i]! += l2 * w[i]!;
      hess[i]![i]! += l2;
    }
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    const next = w.map((wi, i) => wi - step[i]!);
    const moved = Math.max(...step.map(Math.abs));
    w = next;
    if (moved < 1e-8) break;
  }
  return w;
}

export function predict(w: readonly number[], x: Float64Array): number {
  let z = 0;
  for (let i = 0; i < w.length; i++) z += x[i]! * w[i]!;
  return sigmoid(z);
}
