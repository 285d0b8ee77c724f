import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { EMAIL_DOMAIN_ACTIONS, EmailDomainAction } from '../email-domain-policy';

/** An admin's rule for commenters whose token email is at a domain (or one of its subdomains). Key: the domain (punycode, lower case). */
@Schema({ collection: 'email_domain_rules', timestamps: true, versionKey: false })
export class EmailDomainRule {
  @Prop({ type: String, required: true }) _id!: string;
  @Prop({ type: String, required: true, enum: EMAIL_DOMAIN_ACTIONS }) action!: EmailDomainAction;
  @Prop({ type: String, default: null }) note!: string | null;
  @Prop({ type: String, required: true }) updatedBy!: string;
  createdAt!: Date;
  updatedAt!: Date;
}

export const EmailDomainRuleSchema = SchemaFactory.createForClass(EmailDomainRule);
