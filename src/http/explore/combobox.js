import { suggest } from "./api.js";
import { h } from "./dom.js";

/**
 * An ARIA 1.2 combobox over the search API: type, then ArrowDown/ArrowUp to move, Enter to choose, Escape to close.
 * With `multiple`, the input holds comma-separated names and a suggestion completes the last one.
 * `onChoose(item)` receives { id, kind, label, entity }.
 */
export function combobox(input, { kinds = null, multiple = false, onChoose = () => {} } = {}) {
  const listId = `${input.id}-list`;
  const list = h("ul", { id: listId, role: "listbox", hidden: true, "aria-label": "Suggestions" });
  input.closest(".combo").append(list);
  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-controls", listId);
  input.setAttribute("aria-expanded", "false");

  let items = [];
  let active = -1;
  let timer = 0;
  let asked = 0;

  const current = () => (multiple ? input.value.split(",").pop().trim() : input.value.trim());

  function close() {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function render() {
    list.replaceChildren(
      ...items.map((item, i) =>
        h(
          "li",
          {
            id: `${listId}-${i}`,
            role: "option",
            "aria-selected": i === active ? "true" : "false",
            onmousedown: (e) => (e.preventDefault(), choose(i)),
          },
          h("span", {}, item.label),
          h("small", {}, item.kind),
        ),
      ),
    );
    list.hidden = items.length === 0;
    input.setAttribute("aria-expanded", String(items.length > 0));
    if (active >= 0) input.setAttribute("aria-activedescendant", `${listId}-${active}`);
    else input.removeAttribute("aria-activedescendant");
  }

  function choose(i) {
    const item = items[i];
    if (!item) return;
    if (multiple) {
      const parts = input.value
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      parts[Math.max(parts.length - 1, 0)] = item.entity.name ?? item.label;
      input.value = `${parts.join(", ")}, `;
    } else {
      input.value = item.label;
    }
    input.dataset.id = item.id;
    items = [];
    close();
    onChoose(item);
  }

  input.addEventListener("input", () => {
    delete input.dataset.id;
    clearTimeout(timer);
    const text = current();
    timer = setTimeout(async () => {
      const ticket = ++asked;
      const found = await suggest(text, kinds);
      if (ticket !== asked) return; // a later keystroke already asked again
      items = found;
      active = -1;
      render();
    }, 150);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + items.length) % items.length;
      render();
    } else if (event.key === "Enter" && !list.hidden && items.length > 0) {
      event.preventDefault();
      choose(active >= 0 ? active : 0);
    } else if (event.key === "Escape") {
      close();
    }
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
  /** The first suggestion for the current text (when the user submits without choosing). */
  return {
    async best() {
      const found = await suggest(current(), kinds, 1);
      return found[0] ?? null;
    },
  };
}
