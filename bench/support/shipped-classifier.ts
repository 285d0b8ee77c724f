import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LocalClassifier } from '@parley/moderation-rules';

/** The local classifier shipped in libs/moderation-rules/models, as the worker loads it by default. */
export function shippedClassifier(): LocalClassifier {
  const models = path.join(__dirname, '..', '..', 'libs', 'moderation-rules', 'models');
  return LocalClassifier.fromFiles(readFileSync(path.join(models, 'local-classifier.json'), 'utf8'), readFileSync(path.join(models, 'local-classifier.bin')));
}
