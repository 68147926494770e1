import { addCounts, NO_RATINGS, ratingFigures } from './rating-figures';

describe('published rating figures', () => {
  it('counts the levels, the average, the satisfaction and the rectification rates', () => {
    const figures = ratingFigures({
      byLevel: { 1: 1, 2: 1, 3: 1, 4: 0, 5: 3 },
      rectified: 1,
      annulled: 2,
    });
    expect(figures).toEqual({
      levels: [
        { level: 5, label: '非常满意', count: 3 },
        { level: 4, label: '满意', count: 0 },
        { level: 3, label: '基本满意', count: 1 },
        { level: 2, label: '不满意', count: 1 },
        { level: 1, label: '非常不满意', count: 1 },
      ],
      total: 6,
      averageLevel: 3.5,
      satisfactionRate: 0.6667,
      badReviews: 2,
      rectified: 1,
      rectificationRate: 0.5,
      annulled: 2,
    });
  });

  it('has no averages or rates when nothing counts', () => {
    expect(ratingFigures({ ...NO_RATINGS, annulled: 1 })).toMatchObject({
      total: 0,
      averageLevel: null,
      satisfactionRate: null,
      rectificationRate: null,
      annulled: 1,
    });
  });

  it('adds the groups of several items into totals', () => {
    const one = { byLevel: { 1: 1, 2: 0, 3: 0, 4: 0, 5: 2 }, rectified: 1, annulled: 0 };
    const two = { byLevel: { 1: 0, 2: 1, 3: 1, 4: 1, 5: 0 }, rectified: 0, annulled: 1 };
    expect(addCounts(one, two)).toEqual({
      byLevel: { 1: 1, 2: 1, 3: 1, 4: 1, 5: 2 },
      rectified: 1,
      annulled: 1,
    });
  });
});
