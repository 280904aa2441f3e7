import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Settings } from '../../platform/config/settings';
import { TransactionRunner } from '../../platform/database/transaction-runner';
import { ReadinessService } from '../../platform/health/readiness.service';
import { defaultPoliciesDir } from '../../platform/paths';
import { ArchiveService } from '../archive/archive.service';
import { SYSTEM_ACTOR } from '../archive/archive.types';
import type { JsonValue } from '../archive/core/canonical-json';
import { loadPolicySet, type PolicySet } from './core';
import { PolicyRepository } from './policy.repository';

/**
 * The policy set in force. Loaded and validated at start-up (an invalid file
 * stops the boot); a version not seen before is recorded, with its full
 * content, in policy_load and in the archive in one transaction, so that an
 * examiner can replay any decision that cites it (DESIGN invariant 8).
 */
@Injectable()
export class PolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PolicyService.name);
  readonly current: PolicySet;
  private recorded = false;

  constructor(
    settings: Settings,
    private readonly repo: PolicyRepository,
    private readonly archive: ArchiveService,
    private readonly tx: TransactionRunner,
    readiness: ReadinessService,
  ) {
    this.current = loadPolicySet(settings.POLICIES_DIR ?? defaultPoliciesDir());
    readiness.register({ name: 'policies', isReady: () => this.recorded });
  }

  get version(): string {
    return this.current.version;
  }

  async onApplicationBootstrap(): Promise<void> {
    const { version, files } = this.current;
    const loaded = await this.tx.run(async (tx) => {
      await this.repo.lockLoads(tx);
      const latest = await this.repo.latest(tx);
      if (latest?.version === version) return false;
      await this.repo.insert(tx, { id: randomUUID(), version, files, loadedBy: SYSTEM_ACTOR.id });
      await this.archive.append(
        [
          {
            stream: 'policy',
            kind: 'policy.loaded',
            actor: SYSTEM_ACTOR,
            refs: { policyVersion: version },
            policyVersion: version,
            clear: {
              previousVersion: latest?.version ?? null,
              files: files as { [k: string]: JsonValue },
            },
          },
        ],
        tx,
      );
      return true;
    });
    this.recorded = true;
    this.logger.log(`policy ${version}${loaded ? ' loaded (new version, archived)' : ' in force'}`);
  }
}
