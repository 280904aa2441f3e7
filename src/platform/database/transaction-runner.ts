import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Transaction } from './data-source';

/** Lets services run a unit of work in one transaction without importing TypeORM. */
@Injectable()
export class TransactionRunner {
  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }
}
