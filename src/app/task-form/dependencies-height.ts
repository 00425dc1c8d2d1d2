/**
 * The height the Dependencies section takes once mounted, reserved by its placeholder so the page does not
 * jump when it mounts above the reader (a jump to Tags mounts it on the way). Measured on the demo project:
 * the picker and the graph, then one card per dependency; a phone stacks the fields of a card.
 */
export function dependenciesHeight(rows: number, viewportWidth: number): number {
  const phone = viewportWidth < 640;
  return phone ? 700 + rows * 350 : 400 + rows * 220;
}
