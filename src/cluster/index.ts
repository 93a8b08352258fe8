export type { ClusterGroup, ClusterItem, Clustering, TopicCentroid } from './types.js';
export { clusterQuestions } from './cluster-questions.js';
export { assignToCentroids, centroidsOf } from './assign.js';
export type { ClusterOptions, ClusterOverrides } from './options.js';
export { DEFAULT_RANK_SETTINGS, scoreTopic, type RankSettings } from './rank.js';
export { reconcileTopics } from './reconcile.js';
export { vectorSpaceOf } from './vector-space.js';
export { answerVariants, type TopicReply } from './answer-variants.js';
export { suggestedAnswer } from './suggested-answer.js';
