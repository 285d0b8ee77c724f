import { Controller, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ConsumerGroups, EventTypes } from '@parley/contracts';
import { EventOf } from '@parley/messaging';
import { StatementsRepository } from './statements.repository';

export const TRANSPARENCY_GROUP = `${ConsumerGroups.CommentsApi}.transparency`;

/** Appends each issued statement of reasons to the append-only collection (own consumer group). */
@Controller()
export class StatementEventsController {
  private readonly logger = new Logger(StatementEventsController.name);

  constructor(private readonly statements: StatementsRepository) {}

  @EventPattern(EventTypes.StatementIssued, { group: TRANSPARENCY_GROUP })
  async onStatement(@Payload() e: EventOf<typeof EventTypes.StatementIssued>) {
    const added = await this.statements.append(e.data);
    this.logger.log({ puid: e.data.puid, decisionId: e.data.decisionId, action: e.data.action, subject: e.data.subject, added }, added ? 'statement of reasons recorded' : 'statement of reasons already recorded');
  }
}
