import { createHash } from 'node:crypto';
import { resolveOptions, type ClusterOverrides } from './options.js';

/**
 * Bump when the code that turns text into feature vectors changes (tokenising, hashing,
 * weighting), so centroids stored by the old code are no longer compared with new vectors.
 */
export const FEATURE_CODE_VERSION = 2;

/**
 * A fingerprint of the vector space that item vectors and centroids live in: the feature
 * options group, the share replies take, plus the feature code's version. Hooks count by name (a custom `analyse` is
 * another space). Two fingerprints that differ mean two vectors cannot be compared.
 */
export function vectorSpaceOf(options?: ClusterOverrides): string {
  const resolved = resolveOptions(options);
  const { prepare, analyse, ...settings } = resolved.features;
  const features = { version: FEATURE_CODE_VERSION, prepare: prepare.name, analyse: analyse.name, ...settings, replyWeight: resolved.replies.weight };
  return `v${FEATURE_CODE_VERSION}:${createHash('sha256').update(JSON.stringify(features)).digest('hex').slice(0, 16)}`;
}
