// Generating synthetic Siheung-like graphs of any size.
export { generateDataset, type GenerateOptions, type GeneratedGraph } from './generate-dataset.ts';
export { holmeKim } from './holme-kim.ts';
export { Rng } from '@siheung/core/random';
export { readSampleVocabulary } from './sample-vocabulary.ts';
