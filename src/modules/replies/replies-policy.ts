import { Injectable } from '@nestjs/common';
import { Settings } from '../../platform/config/settings';
import { PolicyService } from '../policy';
import {
  REPLIES_SETTINGS_FILE,
  resolveRepliesSettings,
  type RepliesSettings,
} from './core/replies-settings.schema';

/**
 * The replies settings of the policy set in force (policies/replies.yaml:
 * dispatch attempts, the supervisory sample percentage, satisfaction
 * surveys, who signs scheduled posts), with DISPATCH_MAX_ATTEMPTS and REVIEW_SAMPLE_PERCENT as
 * environment overrides where set. An invalid file stops the start.
 */
@Injectable()
export class RepliesPolicy {
  readonly current: RepliesSettings;

  constructor(policy: PolicyService, settings: Settings) {
    this.current = resolveRepliesSettings(
      policy.current.files[REPLIES_SETTINGS_FILE],
      {
        maxAttempts: settings.DISPATCH_MAX_ATTEMPTS,
        samplePercent: settings.REVIEW_SAMPLE_PERCENT,
      },
      policy.current.channels.channels.map((c) => c.id),
      policy.current.rules.signoffRoles,
    );
  }
}
