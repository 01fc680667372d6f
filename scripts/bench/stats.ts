/** One printed bench figure. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: string;
}

export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1));
  return s[i];
}

export function printFigures(title: string, figures: Figure[]): void {
  console.log(`\n## ${title}`);
  for (const f of figures) {
    const v = f.unit === 'ratio' || Math.abs(f.value) < 10 ? f.value.toFixed(2) : f.value.toFixed(0);
    console.log(`  ${f.name.padEnd(70)} ${v.padStart(9)} ${f.unit}${f.target ? `   (target ${f.target})` : ''}`);
  }
}
