/**
 * Geocoding figures as Gritta et al. recommend them (and as
 * `shared/data/README.md` defines them): accuracy@161 km, mean and median
 * error, and the AUC of the log error; an unresolved toponym counts as the
 * largest possible error.
 * @module
 */

/** Error given to a gold toponym left unresolved: half the Earth's circumference, in km. */
export const MAX_ERROR_KM = 20039;

export interface GeocodingFigures {
  readonly accuracy161: number;
  /** Accuracy@161 counting a country or region answer that holds the gold point as right (see `containment.ts`). */
  readonly accuracy161Containing: number;
  readonly meanKm: number;
  readonly medianKm: number;
  /** Area under the curve of sorted ln(1 + error), normalized to 0–1; lower is better. */
  readonly auc: number;
  readonly n: number;
}

/** Figures over a list of errors in km (null = unresolved), with whether each answer contains the gold point. */
export function geocodingFigures(errors: readonly (number | null)[], containing: readonly boolean[] = []): GeocodingFigures {
  const km = errors.map((e) => (e === null ? MAX_ERROR_KM : Math.min(e, MAX_ERROR_KM))).sort((a, b) => a - b);
  const n = km.length;
  if (n === 0) return { accuracy161: 0, accuracy161Containing: 0, meanKm: 0, medianKm: 0, auc: 0, n: 0 };
  const lenient = errors.filter((e, i) => (e !== null && e < 161) || containing[i] === true).length / n;
  const median = n % 2 === 1 ? km[(n - 1) / 2]! : (km[n / 2 - 1]! + km[n / 2]!) / 2;
  return {
    accuracy161: km.filter((e) => e < 161).length / n,
    accuracy161Containing: lenient,
    meanKm: km.reduce((a, b) => a + b, 0) / n,
    medianKm: median,
    auc: logErrorAuc(km),
    n,
  };
}

/** Trapezoid area under ln(1 + error) at unit spacing, over ln(20039) × (N − 1). */
function logErrorAuc(sortedKm: readonly number[]): number {
  if (sortedKm.length < 2) return sortedKm.length === 1 ? Math.log1p(sortedKm[0]!) / Math.log(MAX_ERROR_KM) : 0;
  const y = sortedKm.map((e) => Math.log1p(e));
  let area = 0;
  for (let i = 1; i < y.length; i++) area += (y[i - 1]! + y[i]!) / 2;
  return area / (Math.log(MAX_ERROR_KM) * (y.length - 1));
}

/** Span precision, recall and F1. */
export function spanFigures(correct: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
