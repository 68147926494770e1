import { Type } from '@sinclair/typebox';
import { LocalDate } from '../cases/case.schemas';
import { sampleCase } from '../cases/case.contracts';
import { defineEvent } from '../events/event-contract';
import { DivisionCode12, Timestamp, Uuid } from '../schema/formats';
import {
  RatingDimensionsSchema,
  RatingLevelSchema,
  RectificationStatusSchema,
} from './rating.schemas';

/** A rating as announced: levels and dimensions, never who rated or what they wrote. */
export const RatingSubmittedSchema = Type.Object(
  {
    caseId: Uuid,
    caseNumber: Type.String(),
    itemCode: Type.String(),
    division: DivisionCode12,
    level: RatingLevelSchema,
    dimensions: RatingDimensionsSchema,
    raterRole: Type.Union([Type.Literal('applicant'), Type.Literal('agent')]),
    rectificationId: Type.Optional(Uuid),
    ratedAt: Timestamp,
  },
  { additionalProperties: false },
);

/** What every event of a rectification task carries. */
export const RectificationChangedSchema = Type.Object(
  {
    id: Uuid,
    caseId: Uuid,
    caseNumber: Type.String(),
    itemCode: Type.String(),
    division: DivisionCode12,
    level: RatingLevelSchema,
    status: RectificationStatusSchema,
    dueOn: LocalDate,
    upheld: Type.Optional(Type.Boolean({ description: '申诉裁定：true 成立（差评撤销）' })),
    at: Timestamp,
  },
  { additionalProperties: false },
);

const sampleRectificationId = '01936d3a-5b1c-7cc2-9f3e-1a2b3c4d5ea0';

/**
 * Events of good/bad reviews. A rating is its own aggregate (`rating`, sequence 1), a
 * rectification task another (`rectification`, its version), never a transition of the case, so
 * the case's own event sequence stays gapless.
 * WARNING: released types, subjects and data never change.
 */
export const ratingEvents = {
  ratingSubmitted: defineEvent({
    context: 'cases',
    aggregate: 'rating',
    event: 'submitted',
    version: 1,
    summary: '好差评：办件已评价',
    data: RatingSubmittedSchema,
    sample: {
      caseId: sampleCase.id,
      caseNumber: sampleCase.number,
      itemCode: 'XK00001001',
      division: sampleCase.division,
      level: 2,
      dimensions: { overall: 2, efficiency: 2, guideAccuracy: 3, convenience: 2, attitude: 3 },
      raterRole: 'applicant',
      rectificationId: sampleRectificationId,
      ratedAt: '2026-12-01T02:00:00.000Z',
    },
  }),
  rectificationOpened: rectificationChanged('opened', '差评整改任务已开启', 'open'),
  rectificationClosed: rectificationChanged('closed', '差评已回访并整改完毕', 'closed'),
  rectificationAppealed: rectificationChanged('appealed', '服务中心对差评提出申诉', 'appealed'),
  rectificationAppealDecided: rectificationChanged(
    'appeal-decided',
    '监察人员已裁定差评申诉（成立则差评撤销，驳回则继续整改）',
    'annulled',
  ),
} as const;

function rectificationChanged(
  event: string,
  summary: string,
  status: 'open' | 'closed' | 'appealed' | 'annulled',
) {
  return defineEvent({
    context: 'cases',
    aggregate: 'rectification',
    event,
    version: 1,
    summary,
    data: RectificationChangedSchema,
    sample: {
      id: sampleRectificationId,
      caseId: sampleCase.id,
      caseNumber: sampleCase.number,
      itemCode: 'XK00001001',
      division: sampleCase.division,
      level: 2,
      status,
      dueOn: '2026-12-22',
      ...(status === 'annulled' ? { upheld: true } : {}),
      at: '2026-12-01T02:00:00.000Z',
    },
  });
}
