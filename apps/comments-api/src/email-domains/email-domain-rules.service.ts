import { Inject, Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, normaliseEmailDomain, ProblemException } from '@parley/platform';
import { CommentsApiConfig } from '../config/comments-api.config';
import { disposableDomains } from './disposable-domains';
import { EmailDomainAction, EmailDomainPolicy, EmailDomainVerdict } from './email-domain-policy';
import { EmailDomainRule } from './schemas/email-domain-rule.schema';

/** Admin rules beyond this many are refused (the whole set is held in memory by every replica). */
export const MAX_EMAIL_DOMAIN_RULES = 10_000;

export const invalidDomain = (value: string) =>
  new ProblemException(400, 'invalid-email-domain', 'Invalid email domain', `"${value.slice(0, 100)}" is not a domain name`, {
    errors: [{ field: 'domain', message: 'must be a domain name such as example.com (internationalised names allowed)' }],
  });

/**
 * Email-domain rules of comments-api: the admins' rules (collection `email_domain_rules`) and the
 * shipped disposable-domain list, applied to the domain of the commenter's token email when they
 * post or edit. Every replica holds the rules in memory and reloads them when they are older than
 * COMMENTS_SETTINGS_CACHE_TTL_MS (and at once after a change it made itself).
 */
@Injectable()
export class EmailDomainRulesService {
  private policy: EmailDomainPolicy | null = null;
  private loadedAt = 0;
  private loading: Promise<EmailDomainPolicy> | null = null;

  constructor(
    @InjectModel(EmailDomainRule.name) private readonly rules: Model<EmailDomainRule>,
    @Inject(CommentsApiConfig) private readonly config: CommentsApiConfig,
  ) {}

  /** The verdict for a commenter (none when their token has no email). */
  async verdictFor(user: Pick<AuthenticatedUser, 'emailDomain'>): Promise<EmailDomainVerdict> {
    if (!user.emailDomain) return { action: 'none', matched: null, source: null };
    return (await this.current()).decide(user.emailDomain);
  }

  /** 403 when the commenter's email domain is banned; true when their comment is to be premoderated. */
  async assertMayComment(user: Pick<AuthenticatedUser, 'emailDomain'>): Promise<{ premoderate: boolean }> {
    const v = await this.verdictFor(user);
    if (v.action === 'ban') {
      throw new ProblemException(403, 'email-domain-banned', 'Email domain not accepted', `Comments from accounts with an email address at ${v.matched} are not accepted on this site`, {
        domain: v.matched,
      });
    }
    return { premoderate: v.action === 'premoderate' };
  }

  async check(rawDomain: string): Promise<EmailDomainVerdict & { domain: string }> {
    const domain = normaliseEmailDomain(rawDomain);
    if (!domain) throw invalidDomain(rawDomain);
    return { domain, ...(await this.current()).decide(domain) };
  }

  list(): Promise<EmailDomainRule[]> {
    return this.rules.find().sort({ _id: 1 }).limit(MAX_EMAIL_DOMAIN_RULES).lean<EmailDomainRule[]>().exec();
  }

  async put(rawDomain: string, action: EmailDomainAction, note: string | undefined, by: AuthenticatedUser): Promise<{ rule: EmailDomainRule; created: boolean }> {
    const domain = normaliseEmailDomain(rawDomain);
    if (!domain) throw invalidDomain(rawDomain);
    if (!(await this.rules.exists({ _id: domain }).exec()) && (await this.rules.estimatedDocumentCount().exec()) >= MAX_EMAIL_DOMAIN_RULES) {
      throw new ProblemException(409, 'too-many-email-domain-rules', 'Too many email-domain rules', `At most ${MAX_EMAIL_DOMAIN_RULES} rules; remove some first`);
    }
    const res = await this.rules
      .findOneAndUpdate({ _id: domain }, { $set: { action, note: note ?? null, updatedBy: by.id } }, { upsert: true, returnDocument: 'after', includeResultMetadata: true, lean: true })
      .exec();
    this.invalidate();
    return { rule: res.value as unknown as EmailDomainRule, created: !res.lastErrorObject?.updatedExisting };
  }

  async remove(rawDomain: string): Promise<boolean> {
    const domain = normaliseEmailDomain(rawDomain);
    if (!domain) throw invalidDomain(rawDomain);
    const res = await this.rules.deleteOne({ _id: domain }).exec();
    this.invalidate();
    return res.deletedCount > 0;
  }

  private invalidate(): void {
    this.policy = null;
    this.loadedAt = 0;
  }

  private async current(): Promise<EmailDomainPolicy> {
    if (this.policy && Date.now() - this.loadedAt < this.config.COMMENTS_SETTINGS_CACHE_TTL_MS) return this.policy;
    this.loading ??= (async () => {
      try {
        const rows = await this.rules.find({}, { action: 1 }).limit(MAX_EMAIL_DOMAIN_RULES).lean<Array<Pick<EmailDomainRule, '_id' | 'action'>>>().exec();
        const policy = new EmailDomainPolicy(new Map(rows.map((r) => [r._id, r.action])), disposableDomains().domains, this.config.EMAIL_DOMAIN_DISPOSABLE_ACTION);
        this.policy = policy;
        this.loadedAt = Date.now();
        return policy;
      } finally {
        this.loading = null;
      }
    })();
    return this.loading;
  }
}
