import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClassifier } from '../../src/modules/classification/core';
import {
  compileVersion,
  renderVersion,
  resolveTemplateSettings,
  TEMPLATE_SETTINGS_FILE,
  checkVersion,
  type LibraryTemplate,
} from '../../src/modules/templates/core';
import { readLibrary } from '../../src/modules/templates/template-library.service';

/**
 * Golden renders of every shipped template on every channel it has, with the
 * example values of its front matter. `UPDATE_GOLDEN=1 npx jest
 * test/templates/library.golden.spec.ts` rewrites the file after a reviewed
 * change; the diff of the golden file is what a reviewer reads.
 */
const GOLDEN = join(__dirname, 'golden', 'library.golden.json');

const classifier = createClassifier();
const settings = resolveTemplateSettings(
  classifier.policySet.files[TEMPLATE_SETTINGS_FILE],
  classifier.policySet.channels.channels,
);
const channelIds = new Set(classifier.policySet.channels.channels.map((c) => c.id));
const entityTypes = (text: string, channel?: string) => [
  ...new Set(
    classifier
      .classify(text, channel && channelIds.has(channel) ? { channel } : {})
      .entities.map((e) => e.type),
  ),
];
const library = readLibrary();

function examples(t: LibraryTemplate): Record<string, string> {
  const values: Record<string, string> = {};
  for (const v of t.variables) if (v.example !== undefined) values[v.name] = v.example;
  return values;
}

function renderAll(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const { template: t } of library) {
    const compiled = compileVersion(t, settings);
    out[t.key] = {};
    for (const channel of Object.keys(t.variants).sort()) {
      const r = renderVersion(
        compiled,
        channel,
        examples(t),
        settings,
        { agentName: 'Dana' },
        {
          screenValue: (s) => entityTypes(s),
          screenOutput: (s) => entityTypes(s, channel),
        },
      );
      if (!r.ok) throw new Error(`${t.key}/${channel}: ${JSON.stringify(r.problems)}`);
      // The prepared entry the renderer uses agrees with Handlebars' ordinary one.
      const data: Record<string, string> = { ...examples(t) };
      for (const v of t.variables) {
        if (v.type === 'agent_name') data[v.name] = 'Dana';
        else if (!(v.name in data)) data[v.name] = '';
        else if (v.type === 'case_ref') data[v.name] = data[v.name].toUpperCase();
      }
      expect(compiled.render.get(channel)?.(data)).toBe(
        compiled.renderStandard.get(channel)?.(data),
      );
      out[t.key][channel] = r.text;
    }
  }
  return out;
}

describe('the shipped template library', () => {
  it('has at least 15 templates, each with X, Facebook and DM variants, answering policy intents', () => {
    expect(library.length).toBeGreaterThanOrEqual(15);
    const intents = new Set(classifier.policySet.intents.intents.map((i) => i.id));
    for (const { file, template: t } of library) {
      expect({ file, key: t.key }).toEqual({ file: `templates/${t.key}.hbs`, key: t.key });
      expect({ key: t.key, channels: Object.keys(t.variants) }).toEqual({
        key: t.key,
        channels: expect.arrayContaining(['x', 'facebook', 'dm']),
      });
      for (const i of t.intents)
        expect({ key: t.key, intent: i, known: intents.has(i) }).toMatchObject({ known: true });
      expect({
        key: t.key,
        problems: checkVersion(t, settings, { screen: (s) => entityTypes(s) }),
      }).toEqual({
        key: t.key,
        problems: [],
      });
    }
  });

  it('covers the purposes agents need, crisis and CSAT included', () => {
    const purposes = new Set(library.map((l) => l.template.purpose));
    expect([...purposes].sort()).toEqual([
      'acknowledgement',
      'answer',
      'crisis',
      'csat',
      'offline_route',
    ]);
  });

  it('renders every channel of every template as the golden file says, X within 280, nothing sensitive', () => {
    const rendered = renderAll();
    for (const [key, channels] of Object.entries(rendered)) {
      expect({ key, x: [...channels.x].length <= 280 }).toEqual({ key, x: true });
    }
    if (process.env.UPDATE_GOLDEN === '1') {
      writeFileSync(GOLDEN, JSON.stringify(rendered, null, 2) + '\n');
    }
    expect(rendered).toEqual(JSON.parse(readFileSync(GOLDEN, 'utf8')));
  });
});
