// Where the sample dataset lives, resolved from this file so any working directory works.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SAMPLE_DATA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../data/sample');
