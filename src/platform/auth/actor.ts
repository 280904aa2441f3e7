import type { Principal } from './principal';

/**
 * Who did something, as recorded on a change and in its archive entry: the
 * caller's subject and every role they held (kept as a list, never joined).
 */
export interface Actor {
  readonly id: string;
  readonly roles: readonly string[];
}

/** The service itself (policy loads, workers, timers). */
export const SYSTEM_ACTOR: Actor = Object.freeze({ id: 'countersign', roles: ['system'] });

/** The one principal -> actor mapping. */
export function actorOf(principal: Principal): Actor {
  return { id: principal.sub, roles: [...principal.roles] };
}
