import { Injectable } from '@nestjs/common';
import type { Transaction } from '../../platform/database/data-source';
import { ArchiveError, ArchiveErrorCode } from './archive.errors';
import { ArchiveRepository } from './archive.repository';
import {
  assembleConsistencyProof,
  assembleInclusionProof,
  assembleRoot,
  consistencyProofNodes,
  inclusionProofNodes,
  nodeKey,
  rootNodes,
  type NodeCoord,
} from './core/merkle';

/** Merkle proofs from the stored nodes (RFC 6962 / 9162). */
@Injectable()
export class ProofService {
  constructor(private readonly repo: ArchiveRepository) {}

  async inclusionProof(seq: number, size: number): Promise<{ leafHash: Buffer; proof: Buffer[] }> {
    if (seq >= size) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'seq must be below size.');
    }
    await this.requireSize(size);
    const coords = [{ level: 0, index: seq }, ...inclusionProofNodes(seq, size)];
    const get = await this.lookup(coords);
    return {
      leafHash: get({ level: 0, index: seq }),
      proof: assembleInclusionProof(seq, size, get),
    };
  }

  async consistencyProof(from: number, to: number): Promise<Buffer[]> {
    if (from > to) {
      throw new ArchiveError(ArchiveErrorCode.ARCHIVE_RANGE_INVALID, 'from must not exceed to.');
    }
    await this.requireSize(to);
    return this.consistencyProofAt(from, to);
  }

  /** The proof between two sizes known to exist, read in the caller's transaction. */
  async consistencyProofAt(from: number, to: number, tx?: Transaction): Promise<Buffer[]> {
    if (from === 0 || from === to) return [];
    const get = await this.lookup(consistencyProofNodes(from, to), tx);
    return assembleConsistencyProof(from, to, get);
  }

  /** The root of the first `size` entries, from stored nodes (for checking old checkpoints). */
  async rootAt(size: number): Promise<Buffer> {
    await this.requireSize(size);
    const get = await this.lookup(rootNodes(size));
    return assembleRoot(size, get);
  }

  private async lookup(coords: NodeCoord[], tx?: Transaction): Promise<(c: NodeCoord) => Buffer> {
    const map = await this.repo.nodes(coords, tx);
    return (c) => {
      const h = map.get(nodeKey(c));
      if (!h) throw new Error(`archive node ${nodeKey(c)} missing`);
      return h;
    };
  }

  private async requireSize(size: number): Promise<void> {
    const current = await this.repo.integratedSize();
    if (size > current) {
      throw new ArchiveError(
        ArchiveErrorCode.ARCHIVE_TREE_TOO_SMALL,
        `The log has ${current} entries.`,
        { size: current },
      );
    }
  }
}
