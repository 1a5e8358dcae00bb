/** JSON that is safe inside a <script> element: no "</script>" or "<!--" in the data can close or open anything. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
