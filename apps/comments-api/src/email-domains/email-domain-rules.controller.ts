import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DeploymentWide, AuthenticatedUser, CurrentUser, ProblemException, Roles } from '@parley/platform';
import { ApiProblems } from '../common/problem-docs';
import { CommentsApiConfig } from '../config/comments-api.config';
import { disposableDomains } from './disposable-domains';
import { EmailDomainCheckView, EmailDomainRulesView, EmailDomainRuleView, PutEmailDomainRuleDto } from './dto/put-email-domain-rule.dto';
import { EmailDomainRulesService } from './email-domain-rules.service';
import { EmailDomainRule } from './schemas/email-domain-rule.schema';

const toView = (r: EmailDomainRule): EmailDomainRuleView => ({
  domain: r._id,
  action: r.action,
  note: r.note ?? null,
  updatedBy: r.updatedBy,
  updatedAt: new Date(r.updatedAt).toISOString(),
});
const ApiDomainParam = () => ApiParam({ name: 'domain', example: 'mailinator.com', description: 'A domain name (any case; internationalised names as Unicode or punycode). Covers its subdomains.' });

@ApiTags('email-domain-rules')
@ApiBearerAuth()
@Roles('admin')
@DeploymentWide()
@Controller('v1/admin/email-domain-rules')
export class EmailDomainRulesController {
  constructor(
    private readonly rules: EmailDomainRulesService,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: 'The email-domain rules, with the disposable-list setting (admins).' })
  @ApiOkResponse({ type: EmailDomainRulesView })
  @ApiProblems(401, 403)
  async list(): Promise<EmailDomainRulesView> {
    const list = disposableDomains();
    return {
      items: (await this.rules.list()).map(toView),
      disposableAction: this.config.EMAIL_DOMAIN_DISPOSABLE_ACTION,
      disposableDomains: list.domains.size,
      disposableListVersion: list.version,
    };
  }

  @Get(':domain/verdict')
  @ApiOperation({ summary: 'What the rules and the disposable list decide for commenters at a domain (admins).' })
  @ApiDomainParam()
  @ApiOkResponse({ type: EmailDomainCheckView })
  @ApiProblems(400, 401, 403)
  check(@Param('domain') domain: string): Promise<EmailDomainCheckView> {
    return this.rules.check(domain);
  }

  @Put(':domain')
  @ApiOperation({ summary: 'Ban, premoderate or allow commenters whose token email is at a domain or its subdomains (admins). Replaces an existing rule.' })
  @ApiDomainParam()
  @ApiOkResponse({ type: EmailDomainRuleView, description: 'Replaced.' })
  @ApiCreatedResponse({ type: EmailDomainRuleView, description: 'Created.' })
  @ApiProblems(400, 401, 403, 409, 413)
  async put(@Param('domain') domain: string, @Body() dto: PutEmailDomainRuleDto, @CurrentUser() user: AuthenticatedUser, @Res({ passthrough: true }) res: Response): Promise<EmailDomainRuleView> {
    const { rule, created } = await this.rules.put(domain, dto.action, dto.note, user);
    res.status(created ? 201 : 200);
    return toView(rule);
  }

  @Delete(':domain')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove the rule of a domain (admins).' })
  @ApiDomainParam()
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiProblems(400, 401, 403, 404)
  async remove(@Param('domain') domain: string): Promise<void> {
    if (!(await this.rules.remove(domain))) throw new ProblemException(404, 'email-domain-rule-not-found', 'No such rule', `No email-domain rule for ${domain.slice(0, 100)}`);
  }
}
