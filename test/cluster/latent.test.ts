import { expect } from 'chai';
import { resolveOptions } from '../../src/cluster/options.js';
import { countFeatures, inverseDocumentFrequency, weighFeatures } from '../../src/cluster/vectorize.js';
import { latentCosine, latentVectors, projectLatent } from '../../src/cluster/latent.js';
import { FeatureKind } from '../../src/cluster/feature-hash.js';
import type { ClusterItem } from '../../src/cluster/types.js';

describe('latentVectors', () => {
  // "refund" and "money back" never share a question with each other, only their company:
  // both come with "returned", "parcel" and "days"; "password" questions live elsewhere.
  const texts = [
    ...Array.from({ length: 6 }, (_, k) => `returned the parcel ${k + 2} days ago, when is my refund`),
    ...Array.from({ length: 6 }, (_, k) => `returned the parcel ${k + 2} days ago, when do I get my money back`),
    ...Array.from({ length: 6 }, (_, k) => `forgot my password, login link expired after ${k + 2} minutes`),
    'refund', 'money back', 'password reset',
  ];
  const items: ClusterItem[] = texts.map((text, id) => ({ id, text, lang: 'en' }));
  // Two axes for three wordings: the truncation is what merges words that keep the same company.
  const { features, latent: options } = resolveOptions({ features: { weights: { charGrams: 0 } }, latent: { dimensions: 2 } });
  const counts = countFeatures(items, features);
  const rows = weighFeatures(counts, inverseDocumentFrequency(counts, features.bits), features);
  const latent = latentVectors(rows, counts.kinds, FeatureKind.CharGram, new Float32Array(items.length).fill(1), options, features.bits);
  const [refund, moneyBack, password] = [texts.length - 3, texts.length - 2, texts.length - 1];

  it('gives unit vectors', () => {
    for (let i = 0; i < items.length; i++) expect(latentCosine(latent, i, i)).to.be.closeTo(1, 1e-4);
  });

  it('brings together wordings that share no word but share their company', () => {
    expect(latentCosine(latent, refund, moneyBack)).to.be.greaterThan(latentCosine(latent, refund, password) + 0.3);
    expect(latentCosine(latent, 0, 6)).to.be.greaterThan(latentCosine(latent, 0, 12));
  });

  it('projects a row that was not in the data where latentVectors would have put it', () => {
    const out = new Float32Array(latent.dims);
    for (const i of [0, 7, refund, password]) {
      projectLatent(latent.projection, rows, counts.kinds, rows.offsets[i]!, rows.offsets[i + 1]!, out);
      for (let d = 0; d < latent.dims; d++) expect(out[d]).to.be.closeTo(latent.vectors[i * latent.dims + d]!, 1e-5);
    }
    const fresh: ClusterItem[] = [{ id: 99, text: 'when is the money back', lang: 'en' }];
    const freshCounts = countFeatures(fresh, features);
    const freshRows = weighFeatures(freshCounts, inverseDocumentFrequency(counts, features.bits), features);
    projectLatent(latent.projection, freshRows, freshCounts.kinds, 0, freshRows.offsets[1]!, out);
    const toRefund = out.reduce((sum, x, d) => sum + x * latent.vectors[refund * latent.dims + d]!, 0);
    const toPassword = out.reduce((sum, x, d) => sum + x * latent.vectors[password * latent.dims + d]!, 0);
    expect(toRefund).to.be.greaterThan(toPassword + 0.3);
  });
});
