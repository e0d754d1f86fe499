/**
 * Version of the extraction pipeline, stored with every document. Bump it when
 * a step's output changes, so stored documents can be found and processed again.
 * @module
 */
export const PIPELINE_VERSION = '0.1.0';
