/** The thread a mail starts or continues: the first References id, else In-Reply-To, else its own id. */
export function threadRootId(messageId: string, references: readonly string[], inReplyTo: readonly string[]): string {
  return references[0] ?? inReplyTo[0] ?? messageId;
}

/**
 * Thread roots across one mailbox. Roots seen earlier are remembered, so a reply whose client
 * dropped References still joins its parent's thread. Only ids are kept, so memory grows with the
 * number of mails, not their size.
 */
export class ThreadRoots {
  private readonly rootById = new Map<string, string>();

  rootOf(messageId: string, references: readonly string[], inReplyTo: readonly string[]): string {
    const known = [...references, ...inReplyTo, messageId].find((id) => this.rootById.has(id));
    const root = known !== undefined ? this.rootById.get(known)! : threadRootId(messageId, references, inReplyTo);
    if (!this.rootById.has(messageId)) this.rootById.set(messageId, root);
    return root;
  }
}
