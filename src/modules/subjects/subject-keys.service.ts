import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Clock } from '../../platform/clock/clock';
import { Settings } from '../../platform/config/settings';
import { Locks, lockForTransaction } from '../../platform/database/advisory-locks';
import type { Transaction } from '../../platform/database/data-source';
import {
  generateDataKey,
  openJson,
  sealJson,
  unwrapKey,
  wrapKey,
  type JsonValue,
  type SealedPayload,
  type SealTarget,
} from './core';
import { resolveMasterKey } from './master-key';
import { assertSubjectId } from './subject-id';
import { SubjectKeysRepository } from './subject-keys.repository';

/** A subject's live data key, unwrapped, as one transaction holds it. */
interface TxSubjectKey {
  subjectKeyId: string;
  dataKey: Buffer;
}

/** What the service holds for a subject. */
export interface SubjectKeyState {
  /** The key new data is sealed under, if any. */
  liveKeyId?: string;
  /** Keys destroyed by earlier erasures. */
  destroyedKeyIds: string[];
}

/**
 * One data key per data subject (crypto-shredding). Every copy of a sensitive
 * original (the archive's sealed payloads, the message store's originals) is
 * sealed here under the subject's live key, so destroying that key on erasure
 * makes every copy unreadable at once, without touching the append-only log.
 * Every method takes part in the caller's transaction.
 */
@Injectable()
export class SubjectKeysService {
  private masterKeyValue?: Buffer;
  /**
   * Per transaction (while it is open): the subject keys it share-locked or
   * created. Not savepoint-aware: a caller that rolls back to a savepoint taken
   * before a seal must not seal again in that transaction (none does today;
   * the archive seals when the unit of work appends, after its savepoints).
   */
  private readonly txKeys = new WeakMap<Transaction, Map<string, TxSubjectKey>>();

  constructor(
    private readonly repo: SubjectKeysRepository,
    private readonly settings: Settings,
    private readonly clock: Clock,
  ) {}

  /** Resolved on first use, so that services that never seal need no key. */
  private get masterKey(): Buffer {
    this.masterKeyValue ??= resolveMasterKey(this.settings);
    return this.masterKeyValue;
  }

  /**
   * Seals `plaintext` under the subject's live key, creating one on first use
   * (a unique index keeps it to one). The key row is share-locked for the
   * rest of the transaction, so an erasure waits for the sealing transaction
   * and a key is read and unwrapped once per subject and transaction. After
   * an erasure the destroyed key stays destroyed and new data gets a new key.
   */
  async seal(
    tx: Transaction,
    subjectId: string,
    plaintext: JsonValue,
    binding: SealTarget,
  ): Promise<SealedPayload> {
    assertSubjectId(subjectId);
    const key = await this.liveKey(tx, subjectId);
    return sealJson(plaintext, key, binding);
  }

  /**
   * Makes sure each subject has a live key this transaction holds
   * share-locked, for a transaction about to seal for many subjects: reads
   * them with one statement and creates the missing ones with one more, in
   * subject order, so that two transactions creating keys for overlapping
   * subjects wait on each other in one order instead of deadlocking. Does
   * nothing outside a transaction.
   */
  async ensureLive(tx: Transaction, subjectIds: Iterable<string>): Promise<void> {
    if (tx.queryRunner?.isTransactionActive !== true) return;
    const keys = this.keysOf(tx);
    let wanted = [...new Set(subjectIds)].filter((id) => !keys.has(id));
    for (const id of wanted) assertSubjectId(id);
    for (let attempt = 0; wanted.length > 0; attempt++) {
      if (attempt === 3) throw new Error('no live subject key after three attempts');
      for (const live of await this.repo.livesForShare(tx, wanted)) {
        keys.set(live.subjectId, {
          subjectKeyId: live.keyId,
          dataKey: unwrapKey(live.wrappedKey, this.masterKey, live.keyId),
        });
      }
      const missing = wanted.filter((id) => !keys.has(id));
      if (missing.length === 0) return;
      const at = this.clock.now();
      const fresh = missing.map((subjectId) => {
        const keyId = `sk_${randomUUID()}`;
        const dataKey = generateDataKey();
        return { subjectId, keyId, dataKey, wrapped: wrapKey(dataKey, this.masterKey, keyId), at };
      });
      const created = await this.repo.insertManyIfNoLive(tx, fresh);
      for (const k of fresh) {
        if (created.has(k.subjectId)) {
          keys.set(k.subjectId, { subjectKeyId: k.keyId, dataKey: k.dataKey });
        }
      }
      // Another transaction created the others first: read (and share-lock) those.
      wanted = missing.filter((id) => !keys.has(id));
    }
  }

  private async liveKey(tx: Transaction, subjectId: string): Promise<TxSubjectKey> {
    // Only inside a transaction: its share lock keeps the key live until it ends.
    const keys = tx.queryRunner?.isTransactionActive === true ? this.keysOf(tx) : undefined;
    const known = keys?.get(subjectId);
    if (known) return known;
    for (let attempt = 0; attempt < 3; attempt++) {
      const live = await this.repo.liveForShare(tx, subjectId);
      let key: TxSubjectKey | undefined;
      if (live) {
        key = {
          subjectKeyId: live.keyId,
          dataKey: unwrapKey(live.wrappedKey, this.masterKey, live.keyId),
        };
      } else {
        const keyId = `sk_${randomUUID()}`;
        const dataKey = generateDataKey();
        const created = await this.repo.insertIfNoLive(tx, {
          subjectId,
          keyId,
          wrapped: wrapKey(dataKey, this.masterKey, keyId),
          at: this.clock.now(),
        });
        // Another transaction created one first: read (and share-lock) that one.
        if (created) key = { subjectKeyId: keyId, dataKey };
      }
      if (key) {
        keys?.set(subjectId, key);
        return key;
      }
    }
    throw new Error('no live subject key after three attempts');
  }

  /** The keys this transaction has read or created, by subject. */
  private keysOf(tx: Transaction): Map<string, TxSubjectKey> {
    let keys = this.txKeys.get(tx);
    if (!keys) {
      keys = new Map();
      this.txKeys.set(tx, keys);
    }
    return keys;
  }

  /** The sealed value, or null when its subject was erased (the key is destroyed). */
  async open(
    sealed: SealedPayload,
    binding: SealTarget,
    tx?: Transaction,
  ): Promise<JsonValue | null> {
    const [value] = await this.openAll([{ sealed, binding }], tx);
    return value;
  }

  /** Opens many payloads with one key lookup; null where the key was destroyed. */
  async openAll(
    items: { sealed: SealedPayload; binding: SealTarget }[],
    tx?: Transaction,
  ): Promise<(JsonValue | null)[]> {
    // Keys this transaction holds share-locked (it just sealed under them) need no lookup.
    const dataKeys = new Map<string, Buffer>();
    for (const k of (tx ? this.txKeys.get(tx)?.values() : undefined) ?? []) {
      dataKeys.set(k.subjectKeyId, k.dataKey);
    }
    const missing = [...new Set(items.map((i) => i.sealed.subjectKeyId))].filter(
      (id) => !dataKeys.has(id),
    );
    const keys = await this.repo.byIds(missing, tx);
    return items.map(({ sealed, binding }) => {
      let dataKey = dataKeys.get(sealed.subjectKeyId);
      if (!dataKey) {
        const wrapped = keys.get(sealed.subjectKeyId);
        if (!wrapped) return null;
        dataKey = unwrapKey(wrapped, this.masterKey, sealed.subjectKeyId);
        dataKeys.set(sealed.subjectKeyId, dataKey);
      }
      return openJson(sealed, dataKey, binding);
    });
  }

  /** The ids among `keyIds` whose key was destroyed (or never existed here). */
  async destroyedAmong(keyIds: Iterable<string>, tx?: Transaction): Promise<Set<string>> {
    const ids = [...new Set(keyIds)];
    const keys = await this.repo.byIds(ids, tx);
    return new Set(ids.filter((id) => !keys.get(id)));
  }

  /** Whether the subject has a live key and which keys were destroyed. */
  async state(tx: Transaction, subjectId: string): Promise<SubjectKeyState> {
    const { live, destroyed } = await this.repo.ofSubject(subjectId, tx);
    return { liveKeyId: live?.keyId, destroyedKeyIds: destroyed };
  }

  /**
   * Destroys the subject's live key (erasure): everything sealed under it can
   * no longer be opened. Returns the destroyed key's id, if there was one.
   * Takes the subject's lock; the caller decides whether erasure is allowed.
   */
  async destroy(tx: Transaction, subjectId: string): Promise<string | undefined> {
    await lockForTransaction(tx, Locks.dataSubject(subjectId));
    this.txKeys.get(tx)?.delete(subjectId);
    return this.repo.destroy(tx, subjectId, this.clock.now());
  }
}
