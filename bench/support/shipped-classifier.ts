import * as path from 'node:path';
import { LocalClassifier, loadLocalClassifier, SHIPPED_MODEL_DIR } from '@parley/moderation-rules';

/** The local classifier shipped in libs/moderation-rules/models, as the worker loads it by default. */
export function shippedClassifier(): LocalClassifier {
  return loadLocalClassifier(path.join(__dirname, '..', '..', SHIPPED_MODEL_DIR));
}
