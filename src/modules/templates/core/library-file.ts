import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { parse as parseYaml } from 'yaml';
import type { VariableDeclaration } from './variables';

export const PURPOSES = ['answer', 'offline_route', 'acknowledgement', 'crisis', 'csat'] as const;
export type Purpose = (typeof PURPOSES)[number];
export const TEMPLATE_VISIBILITIES = ['public', 'private', 'both'] as const;
export type TemplateVisibility = (typeof TEMPLATE_VISIBILITIES)[number];
export const TEMPLATE_KEY = /^[a-z0-9][a-z0-9-]{1,79}$/;

/** A template as written in the library folder (`templates/<key>.hbs`). */
export interface LibraryTemplate {
  key: string;
  title: string;
  intents: string[];
  locale: string;
  toneNotes: string;
  purpose: Purpose;
  visibility: TemplateVisibility;
  variables: VariableDeclaration[];
  variants: Record<string, string>;
}

export class LibraryFileError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'LibraryFileError';
  }
}

/**
 * A variant starts at a Handlebars comment on a line of its own naming the
 * channel kind, `{{!-- variant: x --}}`, so the file stays valid Handlebars.
 */
const VARIANT_MARK = /^\{\{!--\s*variant:\s*([a-z][a-z0-9_-]*)\s*--\}\}\s*$/;

/**
 * Reads one library file: YAML front matter between `---` lines, then one
 * section per channel variant.
 */
export function parseLibraryFile(file: string, source: string): LibraryTemplate {
  const fail = (reason: string): never => {
    throw new LibraryFileError(file, reason);
  };
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') fail('must start with YAML front matter (---)');
  const end = lines.indexOf('---', 1);
  if (end < 0) fail('front matter is not closed (---)');
  let meta: unknown;
  try {
    meta = parseYaml(lines.slice(1, end).join('\n'));
  } catch (err) {
    fail(
      `front matter is not valid YAML (${err instanceof Error ? err.message.split('\n')[0] : ''})`,
    );
  }
  if (!meta || typeof meta !== 'object' || Array.isArray(meta))
    fail('front matter must be a mapping');
  const m = meta as Record<string, unknown>;
  const allowed = [
    'key',
    'title',
    'intents',
    'locale',
    'tone',
    'purpose',
    'visibility',
    'variables',
  ];
  for (const k of Object.keys(m))
    if (!allowed.includes(k)) fail(`unknown front matter field "${k}"`);
  const str = (k: string): string => {
    const v = m[k];
    if (typeof v !== 'string' || v.trim() === '') fail(`"${k}" must be a non-empty string`);
    return (v as string).trim();
  };
  const key = str('key');
  if (!TEMPLATE_KEY.test(key)) fail('"key" must be lower-case letters, digits and dashes');
  const purpose = str('purpose');
  if (!(PURPOSES as readonly string[]).includes(purpose))
    fail(`"purpose" must be one of ${PURPOSES.join(', ')}`);
  const visibility = str('visibility');
  if (!(TEMPLATE_VISIBILITIES as readonly string[]).includes(visibility))
    fail(`"visibility" must be one of ${TEMPLATE_VISIBILITIES.join(', ')}`);
  const intents = m.intents ?? [];
  if (!Array.isArray(intents) || intents.some((i) => typeof i !== 'string'))
    fail('"intents" must be a list of intent ids');
  const variables = m.variables ?? [];
  if (!Array.isArray(variables)) fail('"variables" must be a list');

  const variants: Record<string, string> = {};
  let channel: string | undefined;
  let body: string[] = [];
  const flush = () => {
    if (channel === undefined) {
      if (body.some((l) => l.trim() !== ''))
        fail('text before the first {{!-- variant: … --}} line');
    } else {
      if (variants[channel] !== undefined) fail(`variant "${channel}" appears twice`);
      variants[channel] = body.join('\n').trim();
    }
    body = [];
  };
  for (const line of lines.slice(end + 1)) {
    const mark = VARIANT_MARK.exec(line);
    if (mark) {
      flush();
      channel = mark[1];
    } else body.push(line);
  }
  flush();

  return {
    key,
    title: str('title'),
    intents: intents as string[],
    locale: typeof m.locale === 'string' ? m.locale : 'en-US',
    toneNotes: typeof m.tone === 'string' ? m.tone.trim() : '',
    purpose: purpose as Purpose,
    visibility: visibility as TemplateVisibility,
    variables: variables as VariableDeclaration[],
    variants,
  };
}

/** What makes two versions the same content (the import skips a file whose hash exists). */
export interface VersionBody {
  purpose: string;
  visibility: string;
  variables: VariableDeclaration[];
  variants: Record<string, string>;
}

/** `sha256:` of the canonical JSON of a version's body. */
export function contentHash(body: VersionBody): string {
  const canonical = canonicalize({
    purpose: body.purpose,
    visibility: body.visibility,
    variables: body.variables,
    variants: body.variants,
  });
  return `sha256:${createHash('sha256')
    .update(canonical ?? '', 'utf8')
    .digest('hex')}`;
}
