import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalClassifier } from './local-classifier';

/** Where the shipped model lives, relative to the working directory (the repository root, or /app in the image). */
export const SHIPPED_MODEL_DIR = 'libs/moderation-rules/models';

/**
 * Reads the local classifier (local-classifier.json + local-classifier.bin) from a directory.
 * Throws naming the files when they are missing or unreadable.
 */
export function loadLocalClassifier(dir: string): LocalClassifier {
  const json = join(dir, 'local-classifier.json');
  const bin = join(dir, 'local-classifier.bin');
  try {
    return LocalClassifier.fromFiles(readFileSync(json, 'utf8'), readFileSync(bin));
  } catch (e) {
    throw new Error(`cannot load the local classifier from ${json} and ${bin}: ${(e as Error).message}`);
  }
}
