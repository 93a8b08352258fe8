import type { TopicReplies } from '../model.js';
import { answerVariants, distinctReplies, type TopicReply } from './answer-variants.js';
import { suggestedAnswer } from './suggested-answer.js';

/** What a topic's replies say: the suggested answer, the variants and the facts they contradict each other on. */
export function topicReplies(replies: readonly TopicReply[]): TopicReplies {
  const distinct = distinctReplies(replies);
  const { variants, consistent, conflicts } = answerVariants(distinct);
  return { suggestedAnswer: suggestedAnswer(distinct), answerVariants: variants, consistent, conflicts };
}
