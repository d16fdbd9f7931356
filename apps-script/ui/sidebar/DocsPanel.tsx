/** Documents from «Пары»: the draft order and the personalised programmes (filled in later). */
export function DocsPanel(_props: { onError: (e: unknown) => void }) {
  return null;
}
