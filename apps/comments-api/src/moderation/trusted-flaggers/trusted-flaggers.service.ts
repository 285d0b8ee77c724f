import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { AuthenticatedUser, ProblemException } from '@parley/platform';
import { AuditService } from '../audit/audit.service';
import { TrustedFlagger, TrustedFlaggerMark } from './trusted-flagger.schema';

export const toTrustedFlaggerView = (t: TrustedFlagger) => ({
  id: t._id,
  userId: t.userId ?? null,
  email: t.email ?? null,
  name: t.name,
  expertise: t.expertise ?? [],
  addedBy: t.addedBy,
  addedAt: new Date(t.addedAt).toISOString(),
});

const isDuplicateKey = (err: unknown) => (err as { code?: number })?.code === 11000;

/** The registry of trusted flaggers (DSA Art. 22), kept by admins; notices look their sender up here. */
@Injectable()
export class TrustedFlaggersService {
  constructor(
    @InjectModel(TrustedFlagger.name) private readonly flaggers: Model<TrustedFlagger>,
    private readonly audit: AuditService,
  ) {}

  async add(input: { userId?: string; email?: string; name: string; expertise: string[] }, admin: AuthenticatedUser) {
    if (!input.userId && !input.email) {
      throw new ProblemException(400, 'bad-request', 'Bad Request', 'A trusted flagger needs a userId or an email', { errors: [{ field: 'userId', message: 'userId or email is required' }] });
    }
    const email = input.email ? input.email.toLowerCase() : null;
    const id = input.userId ? `user:${input.userId}` : `email:${email}`;
    const doc = { _id: id, userId: input.userId ?? null, email, name: input.name, expertise: input.expertise, addedBy: admin.id, addedAt: new Date() };
    try {
      await this.flaggers.create(doc);
    } catch (err) {
      if (isDuplicateKey(err)) throw new ProblemException(409, 'trusted-flagger-exists', 'Already registered', `${id} is already a trusted flagger`);
      throw err;
    }
    await this.audit.record({ actor: admin.id, automated: false, action: 'trusted-flagger.add', userId: input.userId, after: { trustedFlaggerId: id, name: input.name, expertise: input.expertise } });
    return toTrustedFlaggerView(doc);
  }

  async list() {
    const rows = await this.flaggers.find({}).sort({ _id: 1 }).limit(1000).lean<TrustedFlagger[]>().exec();
    return { items: rows.map(toTrustedFlaggerView) };
  }

  async remove(id: string, admin: AuthenticatedUser): Promise<void> {
    const gone = await this.flaggers.findOneAndDelete({ _id: id }).lean<TrustedFlagger>().exec();
    if (!gone) throw new ProblemException(404, 'trusted-flagger-not-found', 'Not a trusted flagger', `No trusted flagger ${id}`);
    await this.audit.record({ actor: admin.id, automated: false, action: 'trusted-flagger.remove', userId: gone.userId ?? undefined, before: { trustedFlaggerId: id, name: gone.name } });
  }

  /** The trusted flagger a notice comes from (by the sender's user id, or the email given with it), if any. */
  async match(userId: string | null | undefined, email: string | null | undefined): Promise<TrustedFlaggerMark | null> {
    const ids = [userId ? `user:${userId}` : null, email ? `email:${email.toLowerCase()}` : null].filter((x): x is string => !!x);
    if (!ids.length) return null;
    const or: Array<Record<string, unknown>> = [{ _id: { $in: ids } }];
    if (email) or.push({ email: email.toLowerCase() });
    const t = await this.flaggers.findOne({ $or: or }).lean<TrustedFlagger>().exec();
    return t ? { id: t._id, name: t.name, expertise: t.expertise ?? [] } : null;
  }
}
