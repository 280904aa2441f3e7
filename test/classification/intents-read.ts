import { createClassifier } from '../../src/modules/classification/core';

const classifier = createClassifier();

/** The intents the shipped classifier reads in `text`, as a private message: for the specs of the intent lexicons. */
export function intentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'dm' }).intents.map((i) => i.intent);
}

/** The same, as a public post on X. */
export function publicIntentsOf(text: string): string[] {
  return classifier.classify(text, { channel: 'x' }).intents.map((i) => i.intent);
}
