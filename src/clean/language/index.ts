/**
 * Language identification of a statement's text, with ELD (n-gram based,
 * 60 languages, pure JavaScript). The detector's tables load once, lazily,
 * the first time a text is identified.
 * @module
 */

/** Texts shorter than this (letters) are too short to identify reliably. */
export const MIN_LETTERS = 20;
/** How much text the detector reads: enough for certainty, bounded for speed. */
const MAX_CHARS = 4000;

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

let detector: Detector | undefined;

/** Loads the detector; call once at start-up to move the load time out of the first document. */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  // The medium table: the small one confuses close languages (es/ca/gl, fr/ca) on short statements.
  const mod = (await import('eld/medium')) as unknown as { eld: Detector };
  detector = mod.eld;
}

/**
 * ISO 639-1 code of the text's language, or null when the text is too short
 * or the detector is unsure. `loadLanguageDetector` must have been awaited.
 */
export function identifyLanguage(text: string): string | null {
  if (!detector) throw new Error('identifyLanguage: call `await loadLanguageDetector()` first');
  const sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return null;
  const result = detector.detect(sample);
  return result.language && result.isReliable() ? result.language : null;
}
