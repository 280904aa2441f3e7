import { createClassifier } from '../../src/modules/classification/core';

const classifier = createClassifier();

/**
 * The entities the shipped classifier finds in `text`, as [type, the value as
 * written]: offsets are checked by slicing the text as received. For the specs
 * of the entity readers.
 */
export function found(text: string, channel: 'dm' | 'chat' = 'dm'): [string, string][] {
  return classifier
    .classify(text, { channel })
    .entities.map((e) => [e.type, text.slice(e.start, e.end)]);
}

/** The entities of a private chat (a web chat with an agent), as [type, the value as written]. */
export function inPrivateChat(text: string): [string, string][] {
  return classifier
    .classify(text, { channel: 'chat', visibility: 'private' })
    .entities.map((e) => [e.type, text.slice(e.start, e.end)]);
}
