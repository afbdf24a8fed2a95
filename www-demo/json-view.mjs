// Pretty, syntax-highlighted JSON as HTML (escaped; safe to assign to innerHTML).

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text) {
  return String(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const TOKEN = /("(?:\\u[0-9a-fA-F]{4}|\\[^u]|[^\\"])*")(\s*:)?|\b(true|false|null)\b|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)/g;

/** `value` as indented JSON wrapped in spans: `j-key`, `j-str`, `j-num`, `j-lit`. */
export function highlightJson(value) {
  const text = JSON.stringify(value, null, 2) ?? "undefined";
  let html = "";
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    html += escapeHtml(text.slice(last, match.index));
    const [whole, string, colon, literal, number] = match;
    if (string !== undefined && colon !== undefined) html += `<span class="j-key">${escapeHtml(string)}</span>${escapeHtml(colon)}`;
    else if (string !== undefined) html += `<span class="j-str">${escapeHtml(string)}</span>`;
    else if (literal !== undefined) html += `<span class="j-lit">${literal}</span>`;
    else if (number !== undefined) html += `<span class="j-num">${number}</span>`;
    else html += escapeHtml(whole);
    last = match.index + whole.length;
  }
  return html + escapeHtml(text.slice(last));
}
