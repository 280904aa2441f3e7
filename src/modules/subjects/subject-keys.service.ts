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
   * (under the subject's advisory lock). After an erasure the destroyed key
   * stays destroyed and new data gets a new key.
   */
  async seal(
    tx: Transaction,
    subjectId: string,
    plaintext: JsonValue,
    binding: SealTarget,
  ): Promise<SealedPayload> {
    assertSubjectId(subjectId);
    await lockForTransaction(tx, Locks.dataSubject(subjectId));
    const { live } = await this.repo.ofSubject(subjectId, tx);
    if (live) {
      const dataKey = unwrapKey(live.wrappedKey, this.masterKey, live.keyId);
      return sealJson(plaintext, { subjectKeyId: live.keyId, dataKey }, binding);
    }
    const keyId = `sk_${randomUUID()}`;
    const dataKey = generateDataKey();
    await this.repo.insert(tx, {
      subjectId,
      keyId,
      wrapped: wrapKey(dataKey, this.masterKey, keyId),
      at: this.clock.now(),
    });
    return sealJson(plaintext, { subjectKeyId: keyId, dataKey }, binding);
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
    const keys = await this.repo.byIds([...new Set(items.map((i) => i.sealed.subjectKeyId))], tx);
    const dataKeys = new Map<string, Buffer>();
    return items.map(({ sealed, binding }) => {
      const wrapped = keys.get(sealed.subjectKeyId);
      if (!wrapped) return null;
      let dataKey = dataKeys.get(sealed.subjectKeyId);
      if (!dataKey) {
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
    return this.repo.destroy(tx, subjectId, this.clock.now());
  }
}
