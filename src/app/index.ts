export { EDITING_ROLES, OPERATOR, requireRole } from './actor.js';
export { addUser, type AddUserInput } from './add-user.js';
export { changeUserRole, type ChangeRoleInput } from './change-user-role.js';
export { assignNewQuestions } from './assign-new-questions.js';
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
export { recluster, type ClusterInput, type ClusterSummary } from './recluster.js';
export { removeImport, type RemoveImportInput } from './remove-import.js';
export { removeAccount, type RemoveAccountInput } from './remove-account.js';
export { rescoreTopics } from './rescore-topics.js';
export { resetPassword, type ResetPasswordInput } from './reset-password.js';
export { DEMO_LOGIN, DEMO_SHOP, runDemo, type DemoInput, type DemoResult } from './run-demo.js';
export { runPipeline, type PipelineInput, type PipelineSummary } from './run-pipeline.js';
export { loadSiteSettings } from './site-settings.js';
export { MAX_BODY_LENGTH, MAX_QUESTION_LENGTH, saveAnswer, type AnswerInput, type SavedAnswer } from './save-answer.js';
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
export { redactLabel } from './shown-topics.js';
export { setTopicStatus, type StatusInput } from './set-topic-status.js';
export { setUserEnabled, type SetEnabledInput } from './set-user-enabled.js';
export { splitTopic, type SplitInput } from './split-topic.js';
export { ADMIN_ONLY } from './team-rules.js';
export { SettingsError, updateSettings, type UpdateSettingsInput } from './update-settings.js';
export { updateTopics, type TopicUpdate, type UpdateTopicsInput } from './update-topics.js';
