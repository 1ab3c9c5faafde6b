// Small DOM helpers: elements are built with text nodes, never from HTML strings, so data cannot inject markup.

/** h("a", { href: "…" }, "text", child…): an element with attributes (on… as listeners) and children. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (name === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export const $ = (selector) => document.querySelector(selector);

export function status(message, isError = false) {
  const line = $("#status");
  line.textContent = message;
  line.classList.toggle("error", isError);
}

/** Offers text as a file download (the profile TSV, a view as JSON). */
export function download(filename, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
