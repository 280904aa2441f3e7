import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { ArchiveExportService, ArchiveService } from '../../src/modules/archive';
import { main as verifyMain } from '../../src/modules/archive/core/verifier';
import { inboundOriginalTarget } from '../../src/modules/conversations';
import { SubjectKeysService, type SealedPayload } from '../../src/modules/subjects';
import { Role } from '../../src/platform/auth/access.enums';
import {
  digitsJoined,
  dumpDatabase,
  fixture,
  signMeta,
  signX,
  startChannelApp,
  type ChannelTestApp,
} from './channel-support';

/** Synthetic, Luhn-valid card numbers sent in every route and format. */
const CARDS = ['4539148803436467', '5425233430109903', '4716108999716531', '378282246310005'];

describe('no full card number anywhere after intake (PCI DSS 3.3.1, 3.4.1)', () => {
  let t: ChannelTestApp;
  let server: ReturnType<ChannelTestApp['app']['getHttpServer']>;
  let work: string;

  beforeAll(async () => {
    t = await startChannelApp();
    server = t.app.getHttpServer();
    work = mkdtempSync(join(tmpdir(), 'countersign-pan-'));
  });
  afterAll(async () => {
    await t.close();
    rmSync(work, { recursive: true, force: true });
  });

  async function settle(): Promise<void> {
    const archive = t.app.get(ArchiveService);
    while ((await archive.integrateOnce()) > 0) {
      /* drain */
    }
  }

  it('cards sent through every webhook format and the inbound API are found in no table, archive entry or log line', async () => {
    const meta = (body: string) =>
      request(server)
        .post('/v1/webhooks/meta')
        .set('content-type', 'application/json')
        .set('x-hub-signature-256', signMeta(body))
        .send(body);
    const x = (body: string) =>
      request(server)
        .post('/v1/webhooks/x')
        .set('content-type', 'application/json')
        .set('x-twitter-webhooks-signature', signX(body))
        .send(body);

    // Meta feed reply: "4539 1488 0343 6467" with a CVV, and an SSN to seal beside it.
    const feed = fixture('meta-feed-reply.json').replace(
      'please just fix it',
      'please just fix it. SSN 123-45-6789',
    );
    expect((await meta(feed)).status).toBe(200);
    // Messenger: dashes, and a password.
    const messenger = fixture('messenger-message.json').replace(
      'My SSN is 123-45-6789',
      'Card 4716-1089-9971-6531, my password is Blue42sky!, SSN 123-45-6789',
    );
    expect((await meta(messenger)).status).toBe(200);
    // Instagram comment: Amex, no separators.
    const ig = fixture('instagram-comment.json').replace(
      "I can't see my balance",
      'my amex 378282246310005 was charged',
    );
    expect((await meta(ig)).status).toBe(200);
    // X DM: "5425-2334-3010-9903"; X mention: the same card with dots.
    expect((await x(fixture('x-direct-message.json'))).status).toBe(200);
    const mention = fixture('x-tweet-create.json').replace(
      'who do I talk to?',
      'card 5425.2334.3010.9903 who do I talk to?',
    );
    expect((await x(mention)).status).toBe(200);
    // Inbound API: full-width digits, and spaced in fours, in a review importer's text.
    const token = await t.token('crm', Role.Integration);
    for (const [i, text] of [
      'card ４５３９１４８８０３４３６４６７ and pin 4321, DOB 02/14/1985',
      'here: 4539 1488 0343 6467 exp 11/27 cvv 987',
    ].entries()) {
      const r = await request(server)
        .post('/v1/inbound')
        .set('authorization', `Bearer ${token}`)
        .send({
          handle: 'crm',
          externalId: `pan-${i}`,
          author: { id: '77', name: 'Sam 4539148803436467' },
          text,
          visibility: 'private',
        });
      expect(r.status).toBe(202);
    }
    // A delivery refused for its signature still must not leave the card in the log.
    const forged = await request(server)
      .post('/v1/webhooks/meta')
      .set('content-type', 'application/json')
      .set('x-hub-signature-256', 'sha256=' + '0'.repeat(64))
      .send(feed.replace('1203948576119999', '1203948576110001'));
    expect(forged.status).toBe(401);

    await settle();
    await t.app.get(ArchiveService).checkpointOnce();

    const dump = await dumpDatabase(t);
    expect(dump).toContain('== "public"."message"');
    expect(dump).toContain('== "public"."archive_entry"');
    expect(dump).toContain('•••• 6467');
    // The stored text is in both the message table and the archive's entries.
    expect(dump.split('who do I talk to').length - 1).toBeGreaterThanOrEqual(2);
    const logs = t.logs();
    expect(logs).toContain('/v1/webhooks/meta');
    for (const where of [dump, logs]) {
      const joined = digitsJoined(where.normalize('NFKC'));
      for (const card of CARDS) {
        expect(joined).not.toContain(card);
        expect(where).not.toContain(card.replace(/(\d{4})(?=\d)/g, '$1 '));
        expect(where).not.toContain(card.replace(/(\d{4})(?=\d)/g, '$1-'));
      }
      // Credentials are gone too.
      for (const secret of ['Blue42sky!', 'cvv 987', 'CVV is 123', 'pin 4321']) {
        expect(where).not.toContain(secret);
      }
    }

    // The sealed originals hold the sealable values, and still no card or credential.
    const subjects = t.app.get(SubjectKeysService);
    const rows = await t.admin(async (c) => {
      const { rows: r } = await c.query<{
        handle_id: string;
        external_id: string;
        sealed_original: SealedPayload;
      }>(
        'SELECT handle_id, external_id, sealed_original FROM message WHERE sealed_original IS NOT NULL',
      );
      return r;
    });
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      const opened = JSON.stringify(
        await subjects.open(
          row.sealed_original,
          inboundOriginalTarget(row.handle_id, row.external_id),
        ),
      );
      const joined = digitsJoined(opened.normalize('NFKC'));
      for (const card of CARDS) expect(joined).not.toContain(card);
      expect(opened).not.toContain('Blue42sky!');
    }
    const archive = t.app.get(ArchiveService);
    const entries = await archive.entriesByRef({ subject: 'facebook:6283019475562210' }, 20);
    const opened = [...(await archive.open(entries)).values()];
    expect(JSON.stringify(opened)).toContain('123-45-6789');
    expect(digitsJoined(JSON.stringify(opened))).not.toContain('4716108999716531');
  });

  it('erasure after intake makes the sealed original unreadable in the message store and the archive; verify still passes', async () => {
    const subjectId = 'facebook:6283019475562210';
    const subjects = t.app.get(SubjectKeysService);
    const archive = t.app.get(ArchiveService);
    const [row] = await t.admin(async (c) => {
      const { rows } = await c.query<{
        handle_id: string;
        external_id: string;
        sealed_original: SealedPayload;
      }>(
        `SELECT handle_id, external_id, sealed_original FROM message
          WHERE subject_id = $1 AND sealed_original IS NOT NULL`,
        [subjectId],
      );
      return rows;
    });
    const target = inboundOriginalTarget(row.handle_id, row.external_id);
    expect(JSON.stringify(await subjects.open(row.sealed_original, target))).toContain(
      '123-45-6789',
    );
    await settle();
    const entries = await archive.entriesByRef({ subject: subjectId }, 20);
    const sealedEntries = entries.filter((e) => e.subjectKeyId);
    expect(sealedEntries.length).toBeGreaterThan(0);
    // The message store and the archive seal under the same subject key.
    expect(new Set(sealedEntries.map((e) => e.subjectKeyId))).toEqual(
      new Set([row.sealed_original.subjectKeyId]),
    );

    const officer = await t.token('olga', Role.ComplianceOfficer);
    const erased = await request(server)
      .post(`/v1/archive/subjects/${encodeURIComponent(subjectId)}/erase`)
      .set('authorization', `Bearer ${officer}`)
      .send({ reason: 'DSR-2026-014' });
    expect(erased.status).toBe(200);

    expect(await subjects.open(row.sealed_original, target)).toBeNull();
    const after = await archive.open(sealedEntries);
    for (const e of sealedEntries) expect(after.get(e.entryId)).toBe('[erased]');

    await settle();
    await archive.checkpointOnce();
    const out = join(work, 'bundle');
    await t.app
      .get(ArchiveExportService)
      .export({ exporter: { id: 'aud', roles: ['auditor'] }, out });
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const stdout = jest.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await verifyMain([out])).toBe(0);
    } finally {
      stderr.mockRestore();
      stdout.mockRestore();
    }
  });
});
