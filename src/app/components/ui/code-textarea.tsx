import { useRef, type ComponentProps } from 'react';
import { inputClass } from './field.tsx';

/** A monospace textarea with a line-number gutter that scrolls with the text. */
export function CodeTextarea({
  lineCount,
  className = '',
  ...props
}: ComponentProps<'textarea'> & { lineCount: number }) {
  const gutter = useRef<HTMLPreElement>(null);
  return (
    <div className="flex overflow-hidden rounded-md border border-slate-300 dark:border-slate-600">
      <pre
        ref={gutter}
        aria-hidden="true"
        className="m-0 overflow-hidden bg-slate-100 px-2 py-1.5 text-right font-mono text-sm leading-6 text-slate-600 select-none dark:bg-slate-800 dark:text-slate-400"
      >
        {Array.from({ length: Math.max(1, lineCount) }, (_, i) => i + 1).join('\n')}
      </pre>
      <textarea
        {...props}
        wrap="off"
        spellCheck={false}
        onScroll={(e) => {
          if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
        }}
        className={`${inputClass} flex-1 resize-y rounded-none border-0 font-mono leading-6 shadow-none ${className}`}
      />
    </div>
  );
}
