export { DevAuthModule } from './dev-auth.module';
