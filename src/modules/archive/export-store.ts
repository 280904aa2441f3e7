import { Injectable } from '@nestjs/common';
import { createReadStream } from 'node:fs';
import { ArchiveRepository } from './archive.repository';

/** Chunk size of stored export files. */
const CHUNK_BYTES = 1 << 20;

/**
 * Where export bundle files are kept, so that any replica serves a download.
 * The default keeps them in PostgreSQL; another store (an object store) can
 * be provided in its place.
 */
export abstract class ExportStore {
  /** Stores the local file `source` as `path` of the export. */
  abstract put(exportId: string, path: string, source: string): Promise<void>;
  /** The stored file, in order, or undefined when the export has no such file. */
  abstract read(exportId: string, path: string): Promise<AsyncIterable<Buffer> | undefined>;
  /** Removes every file of an export (one that failed before it was recorded). */
  abstract remove(exportId: string): Promise<void>;
}

/** Export files in `archive_export_file`, in 1 MiB chunks. */
@Injectable()
export class DatabaseExportStore extends ExportStore {
  constructor(private readonly repo: ArchiveRepository) {
    super();
  }

  async put(exportId: string, path: string, source: string): Promise<void> {
    let chunk = 0;
    const stream = createReadStream(source, { highWaterMark: CHUNK_BYTES });
    try {
      for await (const data of stream as AsyncIterable<Buffer>) {
        await this.repo.insertExportChunk(exportId, path, chunk++, data);
      }
    } finally {
      stream.destroy();
    }
    // An empty file is one empty chunk, so that it exists.
    if (chunk === 0) await this.repo.insertExportChunk(exportId, path, 0, Buffer.alloc(0));
  }

  async remove(exportId: string): Promise<void> {
    await this.repo.deleteExportFiles(exportId);
  }

  async read(exportId: string, path: string): Promise<AsyncIterable<Buffer> | undefined> {
    const first = await this.repo.exportChunk(exportId, path, 0);
    if (first === undefined) return undefined;
    const repo = this.repo;
    return (async function* chunks() {
      yield first;
      for (let i = 1; ; i++) {
        const data = await repo.exportChunk(exportId, path, i);
        if (data === undefined) return;
        yield data;
      }
    })();
  }
}
