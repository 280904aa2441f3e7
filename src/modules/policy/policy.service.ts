import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR } from '../../platform/auth/actor';
import { Settings } from '../../platform/config/settings';
import { Locks } from '../../platform/database/advisory-locks';
import { ReadinessService } from '../../platform/health/readiness.service';
import { defaultPoliciesDir } from '../../platform/paths';
import { AuditedWork, type JsonValue } from '../archive';
import { loadPolicySet, type PolicySet } from './core';
import { PolicyRepository } from './policy.repository';

/**
 * The policy set in force. Loaded and validated at start-up (an invalid file
 * stops the boot); a version not seen before is recorded, with its full
 * content, in policy_load and in the archive in one audited unit of work, so
 * that an examiner can replay any decision that cites it (DESIGN invariant 8).
 */
@Injectable()
export class PolicyService implements OnApplicationBootstrap {
  private readonly logger = new Logger(PolicyService.name);
  readonly current: PolicySet;
  private recorded = false;

  constructor(
    settings: Settings,
    private readonly repo: PolicyRepository,
    private readonly work: AuditedWork,
    readiness: ReadinessService,
  ) {
    this.current = loadPolicySet(settings.POLICIES_DIR ?? defaultPoliciesDir());
    readiness.register({ name: 'policies', isReady: () => this.recorded });
  }

  get version(): string {
    return this.current.version;
  }

  async onApplicationBootstrap(): Promise<void> {
    const loaded = await this.recordLoad();
    this.recorded = true;
    this.logger.log(
      `policy ${this.version}${loaded ? ' loaded (new version, archived)' : ' in force'}`,
    );
  }

  /** Records the policy set in force unless it is already the latest load; true when it did. */
  recordLoad(): Promise<boolean> {
    const { version, files } = this.current;
    return this.work.run(SYSTEM_ACTOR, async (ctx) => {
      await ctx.lock(Locks.policyLoad());
      const latest = await this.repo.latest(ctx.tx);
      if (latest?.version === version) return { result: false, records: [] };
      await this.repo.insert(ctx.tx, {
        id: randomUUID(),
        version,
        files,
        loadedBy: ctx.actor.id,
        loadedAt: ctx.now,
      });
      return {
        result: true,
        records: [
          {
            stream: 'policy',
            kind: 'policy.loaded',
            refs: { policyVersion: version },
            policyVersion: version,
            clear: {
              previousVersion: latest?.version ?? null,
              files: files as { [k: string]: JsonValue },
            },
          },
        ],
      };
    });
  }
}
