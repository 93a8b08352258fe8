import type { PlannedTopic, PreviousTopic, TopicPlan } from '../model.js';
import type { ClusterGroup, Clustering } from './types.js';

export type { PlannedTopic, PreviousTopic, TopicPlan };

export interface ReconcileOptions {
  /**
   * Least Jaccard similarity between a new group and an old topic (counting only questions
   * that were already in some topic) for the group to inherit the topic's id.
   */
  minOverlap?: number;
  /** A group with no identity of its own becomes a new topic only if this many questions remain in it. */
  minNewTopicSize?: number;
}

const DEFAULT_MIN_OVERLAP = 0.3;
const DEFAULT_MIN_NEW_TOPIC_SIZE = 2;

/**
 * Decides how a fresh clustering replaces the previous topics without losing editors' work:
 * - a new group inherits the id of the old topic it shares most questions with (Jaccard over
 *   questions that were already in a topic), editor-touched topics choosing first;
 * - topics with an answer, status draft/published/ignored, pinned questions, or a merge on
 *   either side never disappear, and keep their old questions that the new clustering gives
 *   to no other surviving topic;
 * - pinned questions stay exactly where an editor put them;
 * - whatever lands in a merged topic goes to the topic it was merged into;
 * - a group made mostly of one protected topic's old questions folds into that topic, so a
 *   merge or an ignore is not undone by the algorithm splitting the topic again.
 */
export function reconcileTopics(previous: PreviousTopic[], clustering: Clustering, options: ReconcileOptions = {}): TopicPlan {
  const minOverlap = options.minOverlap ?? DEFAULT_MIN_OVERLAP;
  const minNewTopicSize = options.minNewTopicSize ?? DEFAULT_MIN_NEW_TOPIC_SIZE;

  const byId = new Map(previous.map((topic) => [topic.id, topic]));
  const finalTopic = (id: number): number => resolveMerges(id, byId);
  const mergeTargets = new Set(previous.filter((t) => t.mergedInto !== null).map((t) => finalTopic(t.id)));
  const isProtected = (topic: PreviousTopic): boolean =>
    topic.status !== 'new' ||
    topic.hasAnswer ||
    topic.mergedInto !== null ||
    mergeTargets.has(topic.id) ||
    topic.pinned.length > 0;

  const previousTopicOf = new Map<number, number>();
  const pinnedTo = new Map<number, number>();
  for (const topic of previous) {
    for (const question of topic.members) previousTopicOf.set(question, topic.id);
    for (const question of topic.pinned) pinnedTo.set(question, finalTopic(topic.id));
  }

  const matches = matchGroups(previous, clustering.groups, previousTopicOf, isProtected, minOverlap);

  // Where each group's questions go: an inherited id (through merges), or a fold into a protected topic.
  const destination = new Map<number, number>();
  clustering.groups.forEach((group, index) => {
    const matched = matches.get(index);
    if (matched !== undefined) {
      destination.set(index, finalTopic(matched));
      return;
    }
    const dominant = dominantPreviousTopic(group, previousTopicOf);
    if (dominant !== null && isProtected(byId.get(dominant)!)) destination.set(index, finalTopic(dominant));
  });

  const survivors = new Set<number>();
  for (const topic of previous) if (isProtected(topic)) survivors.add(topic.id);
  for (const id of destination.values()) survivors.add(id);
  // Topics that own a group of their own; a protected topic without one keeps its old questions.
  const carried = new Set(destination.values());

  const membersOf = new Map<number, number[]>();
  const newGroups = new Map<number, number[]>();
  const unassigned: number[] = [];
  const place = (question: number, topicId: number): void => {
    const list = membersOf.get(topicId);
    if (list) list.push(question);
    else membersOf.set(topicId, [question]);
  };
  const protectedHome = (question: number): number | null => {
    const old = previousTopicOf.get(question);
    if (old === undefined) return null;
    const topic = byId.get(old)!;
    return isProtected(topic) ? finalTopic(old) : null;
  };

  const seen = new Set<number>();
  const route = (question: number, groupIndex: number | null): void => {
    if (seen.has(question)) return;
    seen.add(question);
    const pinned = pinnedTo.get(question);
    if (pinned !== undefined) return place(question, pinned);
    const home = protectedHome(question);
    const target = groupIndex === null ? undefined : destination.get(groupIndex);
    if (target !== undefined) {
      // A protected topic the algorithm gave no group keeps its questions rather than lose them to another topic.
      if (home !== null && home !== target && !carried.has(home)) return place(question, home);
      return place(question, target);
    }
    if (home !== null) return place(question, home);
    if (groupIndex === null) return void unassigned.push(question);
    const list = newGroups.get(groupIndex);
    if (list) list.push(question);
    else newGroups.set(groupIndex, [question]);
  };

  clustering.groups.forEach((group, index) => group.members.forEach((question) => route(question, index)));
  for (const question of clustering.unclustered) route(question, null);
  // Pinned questions the clustering did not see (it should see all) still stay put.
  for (const question of pinnedTo.keys()) route(question, null);

  const topics: PlannedTopic[] = [];
  const representativeGroup = new Map<number, ClusterGroup>();
  clustering.groups.forEach((group, index) => {
    const target = destination.get(index);
    if (target === undefined) return;
    // When several groups reach one topic (a merge, a fold), the largest names it.
    const current = representativeGroup.get(target);
    if (!current || group.members.length > current.members.length) representativeGroup.set(target, group);
  });
  for (const topic of previous) {
    if (!survivors.has(topic.id)) continue;
    const members = membersOf.get(topic.id) ?? [];
    const group = representativeGroup.get(topic.id);
    topics.push({
      id: topic.id,
      members,
      representative: group ? pickRepresentative(group, members) : null,
      keywords: group ? group.keywords : null,
    });
  }
  clustering.groups.forEach((group, index) => {
    const members = newGroups.get(index);
    if (!members) return;
    if (members.length < minNewTopicSize) return void unassigned.push(...members);
    topics.push({ id: null, members, representative: pickRepresentative(group, members), keywords: group.keywords });
  });

  const removed = previous.filter((topic) => !survivors.has(topic.id)).map((topic) => topic.id);
  return { topics, removed, unassigned };
}

/** Follows merged_into to the topic that finally holds the questions (a cycle stops where it closes). */
function resolveMerges(id: number, byId: Map<number, PreviousTopic>): number {
  const visited = new Set<number>();
  let current = id;
  for (;;) {
    visited.add(current);
    const next = byId.get(current)?.mergedInto ?? null;
    if (next === null || visited.has(next) || !byId.has(next)) return current;
    current = next;
  }
}

/**
 * Greedy one-to-one matching by Jaccard, best pairs first; topics an editor touched pick before
 * the others so that a group spanning a published and a fresh topic keeps the published id.
 */
function matchGroups(
  previous: PreviousTopic[],
  groups: ClusterGroup[],
  previousTopicOf: Map<number, number>,
  isProtected: (topic: PreviousTopic) => boolean,
  minOverlap: number,
): Map<number, number> {
  const sizeOf = new Map(previous.map((topic) => [topic.id, topic.members.length]));
  const protectedIds = new Set(previous.filter(isProtected).map((topic) => topic.id));
  const candidates: { group: number; topic: number; jaccard: number; editorial: boolean }[] = [];
  groups.forEach((group, index) => {
    // New questions would dilute the overlap with every old topic alike, so only known ones count.
    let known = 0;
    const shared = new Map<number, number>();
    for (const question of group.members) {
      const topic = previousTopicOf.get(question);
      if (topic === undefined) continue;
      known += 1;
      shared.set(topic, (shared.get(topic) ?? 0) + 1);
    }
    for (const [topic, count] of shared) {
      const jaccard = count / (known + sizeOf.get(topic)! - count);
      if (jaccard >= minOverlap) candidates.push({ group: index, topic, jaccard, editorial: protectedIds.has(topic) });
    }
  });
  candidates.sort(
    (a, b) => Number(b.editorial) - Number(a.editorial) || b.jaccard - a.jaccard || a.topic - b.topic || a.group - b.group,
  );
  const matches = new Map<number, number>();
  const taken = new Set<number>();
  for (const candidate of candidates) {
    if (matches.has(candidate.group) || taken.has(candidate.topic)) continue;
    matches.set(candidate.group, candidate.topic);
    taken.add(candidate.topic);
  }
  return matches;
}

/** The old topic that held more than half of a group's already-known questions, if any. */
function dominantPreviousTopic(group: ClusterGroup, previousTopicOf: Map<number, number>): number | null {
  const counts = new Map<number, number>();
  let known = 0;
  for (const question of group.members) {
    const topic = previousTopicOf.get(question);
    if (topic === undefined) continue;
    known += 1;
    counts.set(topic, (counts.get(topic) ?? 0) + 1);
  }
  for (const [topic, count] of counts) if (count * 2 > known) return topic;
  return null;
}

/** The group's most representative question that really ended up in the topic. */
function pickRepresentative(group: ClusterGroup, members: number[]): number | null {
  const present = new Set(members);
  if (present.has(group.representative)) return group.representative;
  return group.members.find((question) => present.has(question)) ?? members[0] ?? null;
}
