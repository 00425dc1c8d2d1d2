import { Link } from 'wouter';
import { useBatchUiMessages } from './batch-ui-messages.ts';

const buttonLink =
  'inline-flex items-center rounded-md bg-orange-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-orange-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-orange-600';

/** "Edit N selected": the batch editor over the list's selection. */
export function EditSelectedLink({ count }: { count: number }) {
  return (
    <Link href="/batch" className={buttonLink}>
      {useBatchUiMessages().editSelected(count)}
    </Link>
  );
}

/** The workspace's batches. */
export function BatchesLink() {
  return (
    <Link href="/batches" className="text-sm text-orange-800 underline dark:text-orange-300">
      {useBatchUiMessages().batches}
    </Link>
  );
}
