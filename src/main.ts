import 'reflect-metadata';
import { serve } from './serve';

serve().catch(() => {
  // serve() has already reported the failure.
  process.exit(1);
});
