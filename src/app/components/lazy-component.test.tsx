import { Suspense } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { lazyComponent } from './lazy-component.ts';

function Greeting({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

const inSuspense = (node: React.ReactNode) =>
  renderToString(<Suspense fallback={<i>loading</i>}>{node}</Suspense>);

describe('lazyComponent', () => {
  it('suspends before its code has arrived, and renders directly once preloaded', async () => {
    let loads = 0;
    const LazyGreeting = lazyComponent(() => {
      loads++;
      return Promise.resolve(Greeting);
    });
    expect(inSuspense(<LazyGreeting name="Ada" />)).toContain('loading');
    await LazyGreeting.preload();
    expect(inSuspense(<LazyGreeting name="Ada" />)).toContain('Hello <!-- -->Ada');
    await LazyGreeting.preload();
    expect(loads).toBe(1);
  });

  it('loads again after a failed load', async () => {
    let attempt = 0;
    const Flaky = lazyComponent(() =>
      ++attempt === 1 ? Promise.reject(new Error('chunk failed')) : Promise.resolve(Greeting),
    );
    await expect(Flaky.preload()).rejects.toThrow('chunk failed');
    await Flaky.preload();
    expect(inSuspense(<Flaky name="Lin" />)).toContain('Hello <!-- -->Lin');
    expect(attempt).toBe(2);
  });
});
