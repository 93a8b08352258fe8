import { parentPort } from 'node:worker_threads';
import type { ExtractedQuestion, RawConversation } from '../model.js';
import { extractQuestions } from '../text/extract-questions.js';

/** A batch of conversations to turn into questions, and what comes back. */
export interface ExtractRequest {
  batch: number;
  items: { conversation: RawConversation; continuing: boolean }[];
}
export interface ExtractResponse {
  batch: number;
  questions?: ExtractedQuestion[][];
  error?: string;
}

// Runs the (pure) question extraction off the main thread, which meanwhile reads and stores.
parentPort?.on('message', (request: ExtractRequest) => {
  try {
    const questions = request.items.map((item) => extractQuestions(item.conversation, { continuing: item.continuing }));
    parentPort!.postMessage({ batch: request.batch, questions } satisfies ExtractResponse);
  } catch (error) {
    parentPort!.postMessage({ batch: request.batch, error: error instanceof Error ? error.message : String(error) } satisfies ExtractResponse);
  }
});
