/**
 * A stable pseudo-random order of ids for a seed (FNV-1a): each user, or each drop schedule,
 * walks the bank in its own order, so classmates do not all get the same question first.
 */
export function stableOrder(seed: number, id: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619);
  return h >>> 0;
}
