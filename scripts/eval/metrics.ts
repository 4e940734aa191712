/** Micro precision and recall of top-1 predictions where `none` means "no article". */
export function precisionRecall(pairs: { expect: string; got: string }[]) {
  const predicted = pairs.filter((p) => p.got !== 'none');
  const relevant = pairs.filter((p) => p.expect !== 'none');
  const hits = (xs: typeof pairs) => xs.filter((p) => p.got === p.expect).length;
  return {
    precision: predicted.length ? hits(predicted) / predicted.length : 1,
    recall: relevant.length ? hits(relevant) / relevant.length : 1,
    top1: pairs.length ? hits(pairs) / pairs.length : 1,
  };
}

/** Mean reciprocal rank, counting only the first `k` results. */
export function mrrAt(k: number, ranks: (number | undefined)[]): number {
  if (ranks.length === 0) return 1;
  return ranks.reduce<number>((sum, r) => sum + (r !== undefined && r <= k ? 1 / r : 0), 0) / ranks.length;
}
