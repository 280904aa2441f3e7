import { contentHash, LibraryFileError, parseLibraryFile } from './library-file';
import { lineDiff } from './line-diff';
import { resolveTemplateSettings, TemplateSettingsError } from './template-settings.schema';

const FILE = `---
key: card-lost
title: Card lost
intents: [account_specific]
purpose: offline_route
visibility: both
tone: Calm.
variables:
  - { name: agent, type: agent_name }
---
{{!-- variant: x --}}
Lock your card now. ^{{agent}}
{{!-- variant: dm --}}
Hi, {{agent}} here.

Lock your card now.
`;

describe('library files', () => {
  it('reads front matter and one section per channel variant', () => {
    expect(parseLibraryFile('templates/card-lost.hbs', FILE)).toEqual({
      key: 'card-lost',
      title: 'Card lost',
      intents: ['account_specific'],
      locale: 'en-US',
      toneNotes: 'Calm.',
      purpose: 'offline_route',
      visibility: 'both',
      variables: [{ name: 'agent', type: 'agent_name' }],
      variants: {
        x: 'Lock your card now. ^{{agent}}',
        dm: 'Hi, {{agent}} here.\n\nLock your card now.',
      },
    });
  });

  it('names the file and the reason when a file is malformed', () => {
    const cases: Array<[string, RegExp]> = [
      ['no front matter', /must start with YAML front matter/],
      [FILE.replace('key: card-lost', 'key: Card Lost'), /"key" must be lower-case/],
      [FILE.replace('purpose: offline_route', 'purpose: marketing'), /"purpose" must be one of/],
      [
        FILE.replace('tone: Calm.', 'tone: Calm.\ncolour: blue'),
        /unknown front matter field "colour"/,
      ],
      [
        FILE.replace('{{!-- variant: dm --}}', '{{!-- variant: x --}}'),
        /variant "x" appears twice/,
      ],
      [FILE.replace('---\n{{!--', '---\nstray text\n{{!--'), /text before the first/],
    ];
    for (const [source, reason] of cases) {
      expect(() => parseLibraryFile('templates/a.hbs', source)).toThrow(LibraryFileError);
      expect(() => parseLibraryFile('templates/a.hbs', source)).toThrow(reason);
    }
  });

  it('hashes content, not metadata or key order', () => {
    const t = parseLibraryFile('templates/card-lost.hbs', FILE);
    const same = { ...t, title: 'Other', variants: { dm: t.variants.dm, x: t.variants.x } };
    expect(contentHash(same)).toBe(contentHash(t));
    expect(contentHash({ ...t, visibility: 'public' })).not.toBe(contentHash(t));
  });
});

describe('line diff', () => {
  it('keeps common lines and puts removals before additions', () => {
    expect(lineDiff('a\nb\nc', 'a\nB\nc\nd')).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'B' },
      { op: 'same', text: 'c' },
      { op: 'added', text: 'd' },
    ]);
    expect(lineDiff('', 'x')).toEqual([{ op: 'added', text: 'x' }]);
    expect(lineDiff('x', '')).toEqual([{ op: 'removed', text: 'x' }]);
  });
});

describe('policies/templates.yaml', () => {
  const channels = [{ id: 'x', maxReplyLength: 280 }, { id: 'dm' }];

  it('defaults every setting when the file is absent, and hashes the content', () => {
    const s = resolveTemplateSettings(undefined, channels);
    expect(s).toMatchObject({ reviewDefaultDays: 180, reviewMaxDays: 365, allowedHosts: [] });
    expect(s.channels.get('dm')).toEqual({ maxReplyLength: 8000, format: 'text' });
    expect(s.version).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(resolveTemplateSettings({ review: { defaultDays: 90 } }, channels).version).not.toBe(
      s.version,
    );
  });

  it('adds channel kinds channels.yaml does not have, never overriding its limits', () => {
    const s = resolveTemplateSettings(
      {
        channels: [
          { id: 'review', maxReplyLength: 4000 },
          { id: 'x', maxReplyLength: 5000 },
        ],
      },
      channels,
    );
    expect(s.channels.get('review')?.maxReplyLength).toBe(4000);
    expect(s.channels.get('x')?.maxReplyLength).toBe(280);
  });

  it('names every problem of an invalid file', () => {
    try {
      resolveTemplateSettings(
        {
          review: { defaultDays: 400, maxDays: 365 },
          urls: { allowedHosts: ['Not A Host'] },
          caseRef: { pattern: '(' },
          extra: true,
        },
        channels,
      );
      throw new Error('accepted');
    } catch (err) {
      expect(err).toBeInstanceOf(TemplateSettingsError);
      const text = (err as TemplateSettingsError).problems.join('\n');
      expect(text).toMatch(/extra/);
      expect(text).toMatch(/urls\.allowedHosts/);
      expect(text).toMatch(/review\.defaultDays: must not exceed review\.maxDays/);
      expect(text).toMatch(/caseRef\.pattern: is not a valid regular expression/);
    }
  });
});
