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
    if (!this.rootById.has(messageId)) this.rootById.set(detached(messageId), detached(root));
    return root;
  }
}

/**
 * A copy of an id that does not share memory with the header text it was cut from: V8 keeps
 * a whole parent string alive for a sliced substring, which would make the map hold every
 * mail's headers for the length of an import.
 */
function detached(id: string): string {
  return Buffer.from(id, 'utf8').toString('utf8');
}
