export { EDITING_ROLES, OPERATOR, requireRole } from './actor.js';
export { addUser, type AddUserInput } from './add-user.js';
export { changeUserRole, type ChangeRoleInput } from './change-user-role.js';
export { assignNewQuestions } from './assign-new-questions.js';
export { browseTopics, findTopics, searchTopics, TOPICS_PER_PAGE, TREND_WEEKS, type BrowsedTopic, type TopicBrowse, type TopicBrowsePage } from './browse-topics.js';
export { buildSite, recoverInterruptedBuild, siteDigest, type BuildInput, type BuildResult } from './build-site.js';
export {
  DEFAULT_TIMEZONE,
  importLogs,
  type FileOutcome,
  type FileResult,
  type ImportInput,
  type ImportObserver,
} from './import-logs.js';
export { helpfulCounts, recordHelpfulVote, type HelpfulVote } from './helpful-votes.js';
export { importInbox, type InboxInput, type InboxSummary } from './import-inbox.js';
export { changePassword, changeRole, endSessions, removeUser } from './manage-users.js';
export { mergeTopics, type MergeInput } from './merge-topics.js';
export { moveQuestions, type MoveInput } from './move-questions.js';
export type { ProgressObserver } from './observer.js';
export { addFaqCategory, faqOutline, isDirection, moveFaqCategory, moveFaqEntry, type Direction, type FaqCategory } from './order-faq.js';
export { recluster, type ClusterInput, type ClusterSummary } from './recluster.js';
export { removeImport, type RemoveImportInput } from './remove-import.js';
export { removeAccount, type RemoveAccountInput } from './remove-account.js';
export { MAX_TOPIC_LABEL_LENGTH, renameTopic, type RenameInput } from './rename-topic.js';
export { rescoreTopics } from './rescore-topics.js';
export { resetPassword, type ResetPasswordInput } from './reset-password.js';
export { restoreAnswerVersion, type RestoreInput } from './restore-answer-version.js';
export { DEMO_LOGIN, DEMO_SHOP, runDemo, type DemoInput, type DemoResult } from './run-demo.js';
export { runPipeline, type PipelineInput, type PipelineSummary } from './run-pipeline.js';
export { loadSiteSettings } from './site-settings.js';
export { ANSWER_LANGS, MAX_BODY_LENGTH, MAX_CATEGORY_LENGTH, MAX_QUESTION_LENGTH, saveAnswer, type AnswerInput, type SavedAnswer } from './save-answer.js';
export {
  cronTrigger,
  resolveSchedule,
  SCHEDULE_OFF,
  startScheduler,
  type ScheduleTrigger,
  type Scheduler,
  type SchedulerOptions,
} from './scheduler.js';
export {
  checkCronPattern,
  nextScheduledRuns,
  parseSettingValue,
  settingSpec,
  SETTINGS_SCHEMA,
  SITE_LANGUAGES,
  splitSettingList,
  type SettingSpec,
} from './settings-schema.js';
export { EDITOR_LANGUAGES, setEditorLanguage } from './set-editor-language.js';
export { redactLabel } from './shown-topics.js';
export { setTopicStatus, type StatusInput } from './set-topic-status.js';
export { setUserEnabled, type SetEnabledInput } from './set-user-enabled.js';
export { splitTopic, type SplitInput } from './split-topic.js';
export { ADMIN_ONLY } from './team-rules.js';
export { SettingsError, updateSettings, type UpdateSettingsInput } from './update-settings.js';
export { updateTopics, type TopicUpdate, type UpdateTopicsInput } from './update-topics.js';
export { undoMerge, type UndoMergeInput } from './undo-merge.js';
