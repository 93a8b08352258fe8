export { DEFAULT_DB_PATH, openDatabase, resolveDbPath, type Db } from './database.js';
export { listQuestions, type QuestionRow } from './questions.js';
export { getTopic, listRankedTopics, type TopicDetail, type TopicFilter, type TopicSummary } from './topic-list.js';
export { getSetting, setSetting, SETTING } from './settings.js';
export { createUser } from './users.js';
