import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { EmailDomainRulesController } from './email-domain-rules.controller';
import { EmailDomainRulesService } from './email-domain-rules.service';
import { EmailDomainRule, EmailDomainRuleSchema } from './schemas/email-domain-rule.schema';

@Module({
  imports: [MongooseModule.forFeature([{ name: EmailDomainRule.name, schema: EmailDomainRuleSchema }])],
  controllers: [EmailDomainRulesController],
  providers: [EmailDomainRulesService],
  exports: [EmailDomainRulesService],
})
export class EmailDomainRulesModule {}
