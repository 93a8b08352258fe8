/**
 * The bounds every reader keeps, in one place. A log line, a JSON element or a mail part longer
 * than these is damage or not a conversation at all (a database dump, a base64 blob pasted into
 * a chat); holding it whole is what let one 50 MB line take gigabytes and end the run.
 */
export const READ_LIMITS = {
  /** Longest record (line, CSV row, JSON element) a reader holds; a longer one rejects the file. */
  maxRecordBytes: 4 * 1024 * 1024,
  /** Largest single mail in a mailbox, attachments included (mail servers refuse far smaller). */
  maxMailBytes: 64 * 1024 * 1024,
  /** Longest message text passed on to extraction; longer texts are cut (nobody asks in more). */
  maxMessageChars: 64 * 1024,
  /** Deepest JSON nesting read; exports nest a handful of levels, recursion over more overflows. */
  maxJsonDepth: 64,
} as const;

/** "4 MB" for a byte count, for messages about limits. */
export function megabytes(bytes: number): string {
  return `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;
}
