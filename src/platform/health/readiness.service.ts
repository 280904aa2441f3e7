import { Injectable } from '@nestjs/common';
import { Database } from '../database/database';

/** A part of the app that must be ready before traffic is sent. */
export interface ReadinessCheck {
  readonly name: string;
  isReady(): boolean | Promise<boolean>;
}

@Injectable()
export class ReadinessService {
  private readonly checks: ReadinessCheck[] = [];

  constructor(private readonly database: Database) {}

  register(check: ReadinessCheck): void {
    this.checks.push(check);
  }

  async check(): Promise<Record<string, boolean>> {
    const result: Record<string, boolean> = {};
    try {
      await this.database.dataSource.query('SELECT 1');
      result.database = true;
      result.migrations = !(await this.database.pendingMigrations());
    } catch {
      result.database = false;
      result.migrations = false;
    }
    for (const c of this.checks) {
      try {
        result[c.name] = await c.isReady();
      } catch {
        result[c.name] = false;
      }
    }
    return result;
  }
}
