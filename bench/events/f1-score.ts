/**
 * Micro and macro F1 of single-label classification, as CASE 2021 task 2
 * scores it: macro F1 averages over the gold labels of the rows scored, and
 * a prediction outside that label set simply counts as wrong.
 */

/** One scored row: the gold label and the predicted one. */
export interface LabelPair {
  readonly gold: string;
  readonly predicted: string;
}

/** Figures for one label. */
export interface LabelFigures {
  readonly label: string;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

/** Figures for a set of rows. */
export interface F1Report {
  readonly n: number;
  readonly microF1: number;
  readonly macroF1: number;
  readonly perLabel: readonly LabelFigures[];
}

/** Micro F1 (accuracy, with one prediction per row) and macro F1 over the gold labels present. */
export function f1Report(pairs: readonly LabelPair[]): F1Report {
  const labels = [...new Set(pairs.map((p) => p.gold))].sort();
  const perLabel = labels.map((label) => labelFigures(label, pairs));
  const correct = pairs.filter((p) => p.gold === p.predicted).length;
  const macro = perLabel.length === 0 ? 0 : perLabel.reduce((sum, f) => sum + f.f1, 0) / perLabel.length;
  return { n: pairs.length, microF1: pairs.length === 0 ? 0 : correct / pairs.length, macroF1: macro, perLabel };
}

function labelFigures(label: string, pairs: readonly LabelPair[]): LabelFigures {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  for (const p of pairs) {
    if (p.predicted === label) predicted++;
    if (p.gold === label) gold++;
    if (p.predicted === label && p.gold === label) tp++;
  }
  const precision = predicted === 0 ? 0 : tp / predicted;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { label, precision, recall, f1, support: gold };
}

/** The most frequent (gold → predicted) confusions, most frequent first. */
export function topConfusions(pairs: readonly LabelPair[], limit: number): { gold: string; predicted: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const p of pairs) {
    if (p.gold === p.predicted) continue;
    const key = `${p.gold}\t${p.predicted}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([key, count]) => {
      const [gold, predicted] = key.split('\t') as [string, string];
      return { gold, predicted, count };
    });
}
