import { createElement, lazy, type ComponentType } from 'react';
import { loadOnce } from '../load-once.ts';

export type LazyComponent<P extends object> = ComponentType<P> & {
  /** Starts loading the code (once); resolves when the component can render without suspending. */
  preload: () => Promise<ComponentType<P>>;
};

/**
 * React.lazy with a preload: once the code has arrived the component renders directly. React.lazy alone
 * suspends on its first render even when the module is already loaded, and React then holds the revealed
 * Suspense boundary back (up to 300 ms) so that reveals do not flicker: a visible delay on every page load.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  const preload = loadOnce(() => load().then((component) => (loaded = component)));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function LazyComponent(props: P) {
    return createElement(loaded ?? Lazy, props);
  }
  return Object.assign(LazyComponent, { preload });
}
