import { initial } from './001-initial.js';
import { topicCentroids } from './002-topic-centroids.js';
import { centroidSpace } from './003-centroid-space.js';
import { replies } from './004-replies.js';
import { workbench } from './005-workbench.js';
import { workbenchAdmin } from './006-workbench-admin.js';
import { webSafety } from './007-web-safety.js';
import { replyAnswers } from './008-reply-answers.js';
import { sitePipeline } from './009-site-pipeline.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. Add new ones at the end with the next version number. */
export const migrations: readonly Migration[] = [initial, topicCentroids, centroidSpace, replies, workbench, workbenchAdmin, webSafety, replyAnswers, sitePipeline];
export type { Migration };
