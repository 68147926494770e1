import { type Principal } from '@gov/auth';
import {
  type AppealRatingRequest,
  type CloseRectificationRequest,
  type DecideAppealRequest,
  type ListRectificationsRequest,
  type RateCaseRequest,
  ratingContracts,
  type RatingStatisticsRequest,
  type RecordCallBackRequest,
} from '@gov/contracts';
import { Caller } from '@gov/nats';
import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { RateCaseUseCase } from './rate-case.use-case';
import { RatingStatisticsUseCase } from './rating-statistics.use-case';
import { RectificationQueriesUseCase } from './rectification-queries.use-case';
import { RectificationWorkUseCase } from './rectification-work.use-case';

/** Good/bad reviews and their rectification on the bus, each handed to its use case. */
@Controller()
export class RatingsHandlers {
  constructor(
    private readonly rating: RateCaseUseCase,
    private readonly statistics: RatingStatisticsUseCase,
    private readonly queries: RectificationQueriesUseCase,
    private readonly work: RectificationWorkUseCase,
  ) {}

  @MessagePattern(ratingContracts.rateCase.subject)
  rate(@Payload() request: RateCaseRequest, @Caller() caller: Principal) {
    return this.rating.rate(request, caller);
  }

  @MessagePattern(ratingContracts.getRating.subject)
  getRating(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.rating.get(request.id, caller);
  }

  @MessagePattern(ratingContracts.ratingStatistics.subject)
  ratingStatistics(@Payload() request: RatingStatisticsRequest) {
    return this.statistics.statistics(request);
  }

  @MessagePattern(ratingContracts.listRectifications.subject)
  list(@Payload() request: ListRectificationsRequest, @Caller() caller: Principal) {
    return this.queries.list(request, caller);
  }

  @MessagePattern(ratingContracts.getRectification.subject)
  get(@Payload() request: { id: string }, @Caller() caller: Principal) {
    return this.queries.get(request.id, caller);
  }

  @MessagePattern(ratingContracts.recordCallBack.subject)
  recordCallBack(@Payload() request: RecordCallBackRequest, @Caller() caller: Principal) {
    const { id, ...callBack } = request;
    return this.work.change(id, { action: 'record-call-back', ...callBack }, caller);
  }

  @MessagePattern(ratingContracts.closeRectification.subject)
  close(@Payload() request: CloseRectificationRequest, @Caller() caller: Principal) {
    return this.work.change(request.id, { action: 'close', result: request.result }, caller);
  }

  @MessagePattern(ratingContracts.appealRating.subject)
  appeal(@Payload() request: AppealRatingRequest, @Caller() caller: Principal) {
    return this.work.change(request.id, { action: 'appeal', reason: request.reason }, caller);
  }

  @MessagePattern(ratingContracts.decideAppeal.subject)
  decideAppeal(@Payload() request: DecideAppealRequest, @Caller() caller: Principal) {
    const { id, ...decision } = request;
    return this.work.change(id, { action: 'decide-appeal', ...decision }, caller);
  }
}
