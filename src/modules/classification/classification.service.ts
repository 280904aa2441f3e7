import { Injectable, Logger, OnModuleDestroy, Optional } from '@nestjs/common';
import { Metrics } from '../metrics';
import { PolicyService } from '../policy';
import { ClassificationError, ClassificationErrorCode } from './classification.errors';
import { classifyResponseBody } from './classification.mapper';
import { ClassifierPool, ClassifierPoolUnavailable } from './classifier-pool';
import {
  createClassifier,
  type ClassificationContext,
  type Classifier,
  type ClassificationResult,
} from './core';

/**
 * Texts up to this length are classified on the calling thread (well under a
 * millisecond each); longer ones in a worker thread, so that no request blocks
 * the event loop (a hostile 200,000-character post takes up to ~0.7 s).
 */
export const IN_PROCESS_LIMIT = 4096;

/** The classifier compiled from the policy set in force. */
@Injectable()
export class ClassificationService implements OnModuleDestroy {
  private readonly logger = new Logger(ClassificationService.name);
  private readonly classifier: Classifier;
  private readonly pool: ClassifierPool;
  private warned = false;

  constructor(
    private readonly policy: PolicyService,
    @Optional() private readonly metrics?: Metrics,
  ) {
    this.classifier = createClassifier({ policySet: policy.current });
    this.pool = new ClassifierPool({
      policiesDir: policy.current.dir,
      policyVersion: policy.current.version,
    });
  }

  /** Classifies on the calling thread: for short texts (templates, reasons, rendered replies). */
  classify(text: string, context: ClassificationContext): ClassificationResult {
    this.checkChannel(context);
    return this.classifier.classify(text, context);
  }

  /** Classifies a text of any length without blocking the event loop (posts as received). */
  async classifyAsync(text: string, context: ClassificationContext): Promise<ClassificationResult> {
    const started = process.hrtime.bigint();
    const result = await this.classifyAnyLength(text, context);
    this.metrics?.observeClassification(Number(process.hrtime.bigint() - started) / 1e9, result);
    return result;
  }

  private async classifyAnyLength(
    text: string,
    context: ClassificationContext,
  ): Promise<ClassificationResult> {
    this.checkChannel(context);
    if (text.length <= IN_PROCESS_LIMIT) return this.classifier.classify(text, context);
    try {
      return await this.pool.classify(text, context);
    } catch (err) {
      if (!(err instanceof ClassifierPoolUnavailable)) throw err;
      if (!this.warned) {
        this.warned = true;
        this.logger.warn(
          `classification workers unavailable, classifying in process: ${err.message}`,
        );
      }
      return this.classifier.classify(text, context);
    }
  }

  /**
   * The `POST /v1/classify` response body (JSON bytes) for a text of any length:
   * a long text is classified, mapped and serialised in a worker thread, so that
   * neither the classification nor a large response blocks the event loop.
   */
  async classifyToBody(text: string, context: ClassificationContext): Promise<Buffer> {
    this.checkChannel(context);
    if (text.length > IN_PROCESS_LIMIT) {
      try {
        return await this.pool.classifyToBody(text, context);
      } catch (err) {
        if (!(err instanceof ClassifierPoolUnavailable)) throw err;
        this.warnOnce(err);
      }
    }
    return classifyResponseBody(this.classifier.classify(text, context));
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.close();
  }

  private warnOnce(err: Error): void {
    if (this.warned) return;
    this.warned = true;
    this.logger.warn(`classification workers unavailable, classifying in process: ${err.message}`);
  }

  private checkChannel(context: ClassificationContext): void {
    if (context.channel !== undefined && !this.knownChannel(context.channel)) {
      throw new ClassificationError(ClassificationErrorCode.UNKNOWN_CHANNEL, 'Unknown channel.', {
        channel: context.channel,
        known: this.channels(),
      });
    }
  }

  private channels(): string[] {
    return this.policy.current.channels.channels.map((c) => c.id);
  }

  private knownChannel(channel: string): boolean {
    return this.channels().includes(channel);
  }
}
