import type { Location, Role } from './access.enums';

/** The authenticated caller, taken from a verified bearer token. */
export interface Principal {
  sub: string;
  name: string;
  roles: Role[];
  location: Location;
}
