/**
 * How a use case reports progress to whoever runs it (the CLI prints it, the editor and tests
 * ignore it). Use cases never write to the terminal themselves.
 */
export interface ProgressObserver {
  /** A sentence about the step being taken, e.g. "Clustering 5000 questions...". */
  step?(message: string): void;
}
