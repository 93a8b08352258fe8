import { expect } from 'chai';
import { reconcileTopics, type PlannedTopic, type PreviousTopic, type TopicPlan } from '../../src/cluster/reconcile.js';
import type { ClusterGroup, Clustering } from '../../src/cluster/types.js';

const range = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

function topic(id: number, members: number[], extra: Partial<PreviousTopic> = {}): PreviousTopic {
  return { id, status: 'new', hasAnswer: false, mergedInto: null, members, pinned: [], ...extra };
}

function group(members: number[], keywords: string[] = []): ClusterGroup {
  return { members, representative: members[0]!, keywords };
}

function clustering(groups: number[][], unclustered: number[] = []): Clustering {
  return { groups: groups.map((members) => group(members)), unclustered };
}

function topicWithId(plan: TopicPlan, id: number): PlannedTopic {
  const found = plan.topics.find((t) => t.id === id);
  expect(found, `topic ${id} in the plan`).to.not.equal(undefined);
  return found!;
}

function sorted(values: number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** Every question appears exactly once across topics and unassigned. */
function expectPartition(plan: TopicPlan, questions: number[]): void {
  const placed = [...plan.topics.flatMap((t) => t.members), ...plan.unassigned];
  expect(sorted(placed)).to.deep.equal(sorted(questions));
}

describe('reconcileTopics', () => {
  it('keeps topic ids when new questions join the same groups', () => {
    const previous = [topic(1, range(1, 5)), topic(2, range(6, 10))];
    const plan = reconcileTopics(previous, clustering([[6, 7, 8, 9, 13], [1, 2, 3, 4, 5, 11, 12]], [10]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal([1, 2, 3, 4, 5, 11, 12]);
    expect(sorted(topicWithId(plan, 2).members)).to.deep.equal([6, 7, 8, 9, 13]);
    expect(plan.topics.filter((t) => t.id === null)).to.have.length(0);
    expect(plan.unassigned).to.deep.equal([10]);
    expect(plan.removed).to.deep.equal([]);
    expectPartition(plan, range(1, 13));
  });

  it('creates topics for new groups and removes untouched topics nothing carries on', () => {
    const previous = [topic(1, range(1, 4)), topic(2, range(5, 8))];
    const plan = reconcileTopics(previous, clustering([range(1, 4), range(20, 25)], range(5, 8)));
    expect(plan.removed).to.deep.equal([2]);
    const created = plan.topics.filter((t) => t.id === null);
    expect(created).to.have.length(1);
    expect(created[0]!.members).to.deep.equal(range(20, 25));
    expect(created[0]!.representative).to.equal(20);
    expect(sorted(plan.unassigned)).to.deep.equal(range(5, 8));
  });

  it('never drops answered, draft or published topics, which keep their questions', () => {
    const previous = [
      topic(1, range(1, 4), { status: 'published' }),
      topic(2, range(5, 8), { hasAnswer: true }),
      topic(3, range(9, 12), { status: 'draft' }),
    ];
    const plan = reconcileTopics(previous, clustering([], range(1, 12)));
    expect(plan.removed).to.deep.equal([]);
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal(range(1, 4));
    expect(sorted(topicWithId(plan, 2).members)).to.deep.equal(range(5, 8));
    expect(sorted(topicWithId(plan, 3).members)).to.deep.equal(range(9, 12));
    expect(topicWithId(plan, 1).representative).to.equal(null);
    expect(plan.unassigned).to.deep.equal([]);
  });

  it('lets a published topic keep its questions when the algorithm fuses it into a bigger topic', () => {
    const previous = [topic(1, range(1, 3), { status: 'published' }), topic(2, range(4, 13))];
    const plan = reconcileTopics(previous, clustering([range(1, 14)]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal([1, 2, 3]);
    expect(sorted(topicWithId(plan, 2).members)).to.deep.equal(range(4, 14));
    expectPartition(plan, range(1, 14));
  });

  it('gives a contested group to the topic an editor worked on', () => {
    const previous = [topic(1, range(1, 6)), topic(2, range(7, 12), { status: 'draft' })];
    const plan = reconcileTopics(previous, clustering([range(1, 12)]));
    expect(sorted(topicWithId(plan, 2).members)).to.deep.equal(range(1, 12));
    expect(plan.removed).to.deep.equal([1]);
  });

  it('leaves pinned questions where an editor moved them', () => {
    const previous = [topic(1, [1, 2, 3, 4, 7], { pinned: [7] }), topic(2, [5, 6, 8, 9])];
    const plan = reconcileTopics(previous, clustering([[1, 2, 3, 4], [5, 6, 7, 8, 9]]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal([1, 2, 3, 4, 7]);
    expect(sorted(topicWithId(plan, 2).members)).to.deep.equal([5, 6, 8, 9]);
    expectPartition(plan, range(1, 9));
  });

  it('keeps a topic holding a pinned question even when clustering leaves it nothing else', () => {
    const previous = [topic(1, [1, 2, 3], { pinned: [3] }), topic(2, range(4, 8))];
    const plan = reconcileTopics(previous, clustering([[1, 2, 4, 5, 6, 7, 8]]));
    expect(plan.removed).to.deep.equal([]);
    expect(topicWithId(plan, 1).members).to.include(3);
  });

  it('sends questions of a merged topic to its target, even when the algorithm splits them again', () => {
    // The editor merged 2 into 1 and the web app moved 2's questions into 1.
    const previous = [topic(1, range(1, 10)), topic(2, [], { mergedInto: 1 })];
    const plan = reconcileTopics(previous, clustering([range(1, 5), [...range(6, 10), 30, 31]]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal([...range(1, 10), 30, 31]);
    expect(topicWithId(plan, 2).members).to.deep.equal([]);
    expect(plan.removed).to.deep.equal([]);
    expect(plan.topics.filter((t) => t.id === null)).to.have.length(0);
  });

  it('follows a merge whose questions were left in the merged topic, through a chain of merges', () => {
    const previous = [topic(1, range(1, 4)), topic(2, range(5, 8), { mergedInto: 3 }), topic(3, range(9, 12), { mergedInto: 1 })];
    const plan = reconcileTopics(previous, clustering([range(1, 4), range(5, 8), range(9, 12)]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal(range(1, 12));
    expect(topicWithId(plan, 2).members).to.deep.equal([]);
    expect(topicWithId(plan, 3).members).to.deep.equal([]);
  });

  it('keeps an ignored topic with its id and folds a split-off part back into it', () => {
    const previous = [topic(1, range(1, 10), { status: 'ignored' })];
    const plan = reconcileTopics(previous, clustering([[...range(1, 6), 40], [...range(7, 10), 41, 42]]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal([...range(1, 10), 40, 41, 42]);
    expect(plan.topics).to.have.length(1);
  });

  it('splits an untouched topic into a kept and a new one', () => {
    const previous = [topic(1, range(1, 10))];
    const plan = reconcileTopics(previous, clustering([range(1, 7), range(8, 10)]));
    expect(sorted(topicWithId(plan, 1).members)).to.deep.equal(range(1, 7));
    const created = plan.topics.filter((t) => t.id === null);
    expect(created.map((t) => sorted(t.members))).to.deep.equal([range(8, 10)]);
  });

  it('does not create a topic out of a single leftover question', () => {
    const plan = reconcileTopics([topic(1, [1, 2, 3], { status: 'published' })], clustering([[1, 2, 3], [9]]));
    expect(plan.unassigned).to.deep.equal([9]);
    expect(plan.topics).to.have.length(1);
  });

  it('ignores weak overlaps below the threshold', () => {
    const previous = [topic(1, range(1, 10))];
    const plan = reconcileTopics(previous, clustering([[1, 2, ...range(11, 20)]], range(3, 10)), { minOverlap: 0.5 });
    expect(plan.removed).to.deep.equal([1]);
    expect(plan.topics.filter((t) => t.id === null)).to.have.length(1);
  });
});
