import type { PolicySet } from './core';
import type { PolicyResponseDto } from './dtos/policy-response.dto';

/** The policy set in force as the API shows it. */
export const PolicyMapper = {
  current(set: PolicySet): PolicyResponseDto {
    return {
      version: set.version,
      files: Object.keys(set.files).sort(),
      content: { ...set.files },
    };
  },
};
