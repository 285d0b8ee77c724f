import { Types } from 'mongoose';
import { ProblemException } from '@parley/platform';

/** Opaque page cursor: the id of the last item seen (ids grow with creation time). */
export function encodeCursor(id: Types.ObjectId): string {
  return Buffer.from(`c1:${id.toHexString()}`).toString('base64url');
}

export function decodeCursor(cursor: string): Types.ObjectId {
  const raw = Buffer.from(cursor, 'base64url').toString('utf8');
  const m = /^c1:([a-f0-9]{24})$/.exec(raw);
  if (!m) {
    throw new ProblemException(400, 'invalid-cursor', 'Invalid cursor', 'cursor must be a value returned as nextCursor', {
      errors: [{ field: 'cursor', message: 'is not a cursor this API issued' }],
    });
  }
  return new Types.ObjectId(m[1]);
}
