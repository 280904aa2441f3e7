import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { Settings } from '../config/settings';
import { defaultPoliciesDir } from '../paths';
import { AccessPolicy, loadAccessPolicy } from './access-policy';

/** access.yaml, loaded and validated once at start-up: an invalid file stops the boot. */
@Injectable()
export class AccessPolicyHolder {
  readonly policy: AccessPolicy;

  constructor(settings: Settings) {
    this.policy = loadAccessPolicy(
      join(settings.POLICIES_DIR ?? defaultPoliciesDir(), 'access.yaml'),
    );
  }
}
