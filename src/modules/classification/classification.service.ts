import { Injectable } from '@nestjs/common';
import { PolicyService } from '../policy';
import { ClassificationError, ClassificationErrorCode } from './classification.errors';
import {
  createClassifier,
  type ClassificationContext,
  type Classifier,
  type ClassificationResult,
} from './core';

/** The classifier compiled from the policy set in force. */
@Injectable()
export class ClassificationService {
  private readonly classifier: Classifier;

  constructor(private readonly policy: PolicyService) {
    this.classifier = createClassifier({ policySet: policy.current });
  }

  classify(text: string, context: ClassificationContext): ClassificationResult {
    if (context.channel !== undefined && !this.knownChannel(context.channel)) {
      throw new ClassificationError(ClassificationErrorCode.UNKNOWN_CHANNEL, 'Unknown channel.', {
        channel: context.channel,
        known: this.channels(),
      });
    }
    return this.classifier.classify(text, context);
  }

  private channels(): string[] {
    return this.policy.current.channels.channels.map((c) => c.id);
  }

  private knownChannel(channel: string): boolean {
    return this.channels().includes(channel);
  }
}
