import { useEffect, useId, useRef, useState } from 'react';
import { setAccessTokenPrompt } from '../api/api-client.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { Button } from './ui/button.tsx';
import { inputClass } from './ui/field.tsx';

/** Asks for the server's access token when a call is refused with InvalidAccessToken (a modal dialog). */
export function AccessTokenDialog() {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [token, setToken] = useState('');
  const resolver = useRef<((token: string | undefined) => void) | undefined>(undefined);

  useEffect(() => {
    setAccessTokenPrompt(
      () =>
        new Promise<string | undefined>((resolve) => {
          resolver.current = resolve;
          setToken('');
          dialog.current?.showModal();
        }),
    );
    return () => setAccessTokenPrompt(undefined);
  }, []);

  function close(value: string | undefined) {
    resolver.current?.(value);
    resolver.current = undefined;
    dialog.current?.close();
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      onCancel={() => close(undefined)}
      className="m-auto rounded-lg p-4 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <form
        method="dialog"
        className="flex flex-col gap-3"
        onSubmit={(e) => {
          e.preventDefault();
          close(token);
        }}
      >
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t.tokenTitle}
        </h2>
        <p className="text-sm">{t.tokenIntro}</p>
        <label className="flex flex-col gap-1 text-sm">
          {t.tokenLabel}
          <input
            type="password"
            autoComplete="off"
            className={inputClass}
            value={token}
            onChange={(e) => setToken(e.target.value)}
          />
        </label>
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={!token.trim()}>
            {t.tokenSubmit}
          </Button>
          <Button onClick={() => close(undefined)}>{t.tokenCancel}</Button>
        </div>
      </form>
    </dialog>
  );
}
