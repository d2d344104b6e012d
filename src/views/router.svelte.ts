// The current hash route as runes state; back and forward work because every change goes
// through location.hash. Parsing lives in model/route.ts; this only listens and navigates.

import { parseRoute, routeToHash, type Route, type RouteError } from '../model/route.ts';

export class Router {
  route = $state<Route>({ view: 'dashboard' });
  error = $state<RouteError | undefined>();

  constructor() {
    this.#read();
    window.addEventListener('hashchange', () => this.#read());
  }

  /** Navigates, adding a history entry. @example router.go({ view: 'figure', id }) */
  go(route: Route): void {
    const hash = routeToHash(route);
    if (location.hash === hash) this.#read();
    else location.hash = hash;
  }

  #read(): void {
    const result = parseRoute(location.hash);
    this.route = result.route;
    this.error = result.ok ? undefined : result.error;
  }
}
