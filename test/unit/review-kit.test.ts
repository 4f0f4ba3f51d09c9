import { describe, expect, it } from 'vitest';
import { type KitItem, kitsByChallenge, selectKit } from '../../src/model/review-kit.ts';

const item = (title: string, challenges: string[], stages: string[] = []): KitItem => ({
  kind: 'practice',
  title,
  href: `/practices/${title}/`,
  note: '',
  challenges,
  stages,
});

describe('the pre-rendered review kits', () => {
  it('give each challenge the items selectKit would choose for it alone, in the same order', () => {
    const items = [
      item('a', ['drift', 'cold-start'], ['data']),
      item('b', ['cold-start']),
      item('c', []),
      item('d', ['drift'], ['monitoring-iteration']),
      item('e', ['position-bias', 'drift']),
    ];
    const index = kitsByChallenge(items);
    expect([...index.keys()].sort()).toEqual(['cold-start', 'drift', 'position-bias']);
    for (const challenge of ['cold-start', 'drift', 'position-bias', 'labeling-cost'])
      expect(index.get(challenge) ?? []).toEqual(selectKit(items, { challenges: [challenge], stages: [] }));
  });
});
