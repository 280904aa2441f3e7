import { createDataSource } from './data-source';

/** For the TypeORM CLI (`npm run migration:revert`); needs DATABASE_URL. */
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required for the TypeORM CLI');
export default createDataSource({ url: process.env.DATABASE_URL });
