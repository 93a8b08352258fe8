import { parentPort } from 'node:worker_threads';
import type { ExtractedConversation, RawConversation } from '../model.js';
import { extractQuestions } from '../text/extract-questions.js';
import { extractReplies } from '../text/reply/extract-replies.js';

/** A batch of conversations to turn into questions and replies, and what comes back. */
export interface ExtractRequest {
  batch: number;
  items: { conversation: RawConversation; continuing: boolean }[];
}
export interface ExtractResponse {
  batch: number;
  extracted?: ExtractedConversation[];
  error?: string;
}

// Runs the (pure) extraction off the main thread, which meanwhile reads and stores.
parentPort?.on('message', (request: ExtractRequest) => {
  try {
    const extracted = request.items.map(
      (item): ExtractedConversation => ({
        questions: extractQuestions(item.conversation, { continuing: item.continuing }),
        replies: extractReplies(item.conversation),
      }),
    );
    parentPort!.postMessage({ batch: request.batch, extracted } satisfies ExtractResponse);
  } catch (error) {
    parentPort!.postMessage({ batch: request.batch, error: error instanceof Error ? error.message : String(error) } satisfies ExtractResponse);
  }
});
