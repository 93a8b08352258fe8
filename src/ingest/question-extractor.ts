import { Worker } from 'node:worker_threads';
import { ExtractionError } from '../errors.js';
import type { ExtractedConversation, RawConversation } from '../model.js';
import type { ExtractRequest, ExtractResponse } from './extract-worker.js';

const BATCH_SIZE = 256;
/** Batches in flight before `extract` waits: bounds memory on a 1 GB export. */
const MAX_BATCHES_IN_FLIGHT = 8;

interface Pending {
  items: ExtractRequest['items'];
  done: ((extracted: ExtractedConversation) => void)[];
}

/**
 * Question and reply extraction on a worker thread. Reading and storing stay on the main thread, so an
 * import keeps both cores busy; results come back in the order conversations went in.
 */
export class QuestionExtractor {
  private worker: Worker | null = null;
  private current: Pending = { items: [], done: [] };
  private nextBatch = 0;
  private readonly inFlight = new Map<number, { pending: Pending; resolve: () => void; reject: (e: Error) => void }>();
  private readonly settled: Promise<void>[] = [];
  private failure: Error | null = null;

  /** Queues a conversation; `onExtracted` runs on the main thread once its questions and replies are known. */
  async extract(conversation: RawConversation, continuing: boolean, onExtracted: (extracted: ExtractedConversation) => void): Promise<void> {
    if (this.failure) throw this.failure;
    this.current.items.push({ conversation, continuing });
    this.current.done.push(onExtracted);
    if (this.current.items.length >= BATCH_SIZE) this.send();
    while (this.inFlight.size >= MAX_BATCHES_IN_FLIGHT) await this.settled.at(-MAX_BATCHES_IN_FLIGHT);
  }

  /**
   * Sends what is queued and waits until every queued conversation's questions were handled.
   * A failure is thrown once and then forgotten: it belongs to the file being imported, and
   * the next file starts clean.
   */
  async flush(): Promise<void> {
    if (this.current.items.length) this.send();
    await Promise.all(this.settled);
    this.settled.length = 0;
    const failure = this.failure;
    this.failure = null;
    if (failure) throw failure;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private send(): void {
    const pending = this.current;
    this.current = { items: [], done: [] };
    const batch = this.nextBatch++;
    this.settled.push(
      new Promise<void>((resolve, reject) => this.inFlight.set(batch, { pending, resolve, reject })).catch((error: Error) => {
        this.failure ??= error;
      }),
    );
    this.workerThread().postMessage({ batch, items: pending.items } satisfies ExtractRequest);
  }

  private workerThread(): Worker {
    if (!this.worker) {
      // A heap bound turns a runaway extraction into this file's rejection instead of the machine's memory.
      this.worker = new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      this.worker.on('message', (response: ExtractResponse) => this.receive(response));
      const worker = this.worker;
      const stopped = (reason: string, cause?: Error) => {
        // The next file gets a fresh thread; this one's batches fail with the file they came from.
        if (this.worker === worker) this.worker = null;
        const failure = new ExtractionError(`the extraction thread stopped: ${reason}`, { cause });
        for (const entry of this.inFlight.values()) entry.reject(failure);
        this.inFlight.clear();
      };
      worker.on('error', (error) => stopped(error.message, error));
      worker.on('exit', (code) => stopped(`exit code ${code}`));
    }
    return this.worker;
  }

  private receive(response: ExtractResponse): void {
    const entry = this.inFlight.get(response.batch);
    if (!entry) return;
    this.inFlight.delete(response.batch);
    if (response.error !== undefined || !response.extracted) {
      entry.reject(new ExtractionError(response.error ?? 'no questions came back'));
      return;
    }
    try {
      response.extracted.forEach((extracted, i) => entry.pending.done[i]!(extracted));
      entry.resolve();
    } catch (error) {
      // Storing the questions failed on the main thread: that is not an extraction failure, pass it on as it is.
      entry.reject(error as Error);
    }
  }
}
