/**
 * Settings of `scripts/train-ner.ts`, recorded in the model manifest.
 */
export const TRAINING = {
  /** Passes over the training data for the final models. */
  epochs: 15,
  /** Folds for the held-out first-pass labels the second pass trains on. */
  folds: 5,
  /** Passes for each fold model (they only need to be roughly as good). */
  foldEpochs: 6,
  /** Rows whose largest averaged weight is below this are dropped from the shipped model. */
  pruneBelow: 0.05,
  seed: 20030531,
  /** A word written in lower case this often in the training text is an ordinary word (see commonLowerCaseWords). */
  commonWordMin: 2,
};

/** Settings of `scripts/ner/train-clusters.ts`. */
export const CLUSTERING = {
  /** Words seen fewer times get no cluster (their vectors would be noise). */
  minCount: 3,
  /** Most frequent words used as left/right contexts. */
  contextWords: 800,
  /** Random-projection dimensions of the context vectors. */
  dimensions: 96,
  /** Depth of the binary hierarchy (longest path). */
  maxDepth: 16,
  /** A cluster this small is not split further. */
  minClusterSize: 4,
  /** 2-means iterations per split. */
  iterations: 8,
  seed: 7,
};
