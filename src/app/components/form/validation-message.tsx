import { Suspense } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { lazyComponent } from '../lazy-component.ts';

// The Chinese wording of the schema's messages loads with the first message shown (a message appears only
// after an edit or a save), not with the page; until then the English message stands in.
const ChineseValidationMessage = lazyComponent(() =>
  import('../../i18n/localize-validation-message.ts').then(
    ({ localizeValidationMessage }) =>
      function ChineseValidationMessage({ message }: { message: string }) {
        return localizeValidationMessage(message, 'zh-CN');
      },
  ),
);

/** A validation message in the reader's language (the schema's messages stay English on the wire). */
export function ValidationMessage({ message }: { message: string }) {
  const { locale } = useI18n();
  if (locale !== 'zh-CN') return message;
  return (
    <Suspense fallback={message}>
      <ChineseValidationMessage message={message} />
    </Suspense>
  );
}
