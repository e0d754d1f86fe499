/**
 * The statement-level steps: entities, places, events and stances, each
 * reading what the steps before it added.
 * @module
 */
import type { Statement } from '../model/contract.js';
import type { StepName } from './steps.js';

export type StatementAnalyzer = (statement: Statement, language: string | null) => Statement;

/** Loads the models of the enabled statement steps. */
export async function createStatementAnalyzer(steps: ReadonlySet<StepName>): Promise<StatementAnalyzer> {
  void steps;
  return (statement) => statement;
}
