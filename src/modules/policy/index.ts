/** The policy module's public API for other modules; `./core` is the pure loader and schemas. */
export { PolicyModule } from './policy.module';
export { PolicyService } from './policy.service';
