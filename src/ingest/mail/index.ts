export { parseMail, type MailSource, type ParsedMail } from './parse-mail.js';
export { ThreadRoots, threadRootId } from './threads.js';
export { checkMailNotCut } from './cut-mail.js';
