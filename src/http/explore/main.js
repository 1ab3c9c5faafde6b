import { authHeaders, setApiKey } from "./api.js";
import { $, status } from "./dom.js";
import { initEvidence } from "./evidence.js";
import { GraphView } from "./graph-view.js";
import { HeatmapView } from "./heatmap-view.js";
import { PathView } from "./path-view.js";
import { ProfileView } from "./profile-view.js";

// Every view is a URL: /explore?focus=ALK-G1202R, ?view=path&from=…&to=…, ?view=heatmap&level=CLINICAL,
// ?view=profile&findings=G1202R,L1196M&prior=alectinib. Loading the URL restores the view.
const VIEWS = ["graph", "path", "heatmap", "profile"];
const list = (value) =>
  value
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

export function readUrl(search) {
  const p = new URLSearchParams(search);
  const view = VIEWS.includes(p.get("view")) ? p.get("view") : "graph";
  return {
    view,
    focus: p.get("focus"),
    depth: p.get("depth") === "2" ? 2 : 1,
    expand: list(p.get("expand")),
    from: p.get("from"),
    to: p.get("to"),
    level: p.get("level") === "CLINICAL" ? "CLINICAL" : "PRECLINICAL",
    findings: list(p.get("findings")),
    prior: list(p.get("prior")),
  };
}

export function writeUrl(state) {
  const p = new URLSearchParams();
  if (state.view !== "graph" || !state.focus) p.set("view", state.view);
  const put = (name, value) =>
    value && value.length !== 0 && p.set(name, Array.isArray(value) ? value.join(",") : String(value));
  if (state.view === "graph") {
    put("focus", state.focus);
    if (state.depth === 2) put("depth", 2);
    put("expand", state.expand);
  } else if (state.view === "path") {
    put("from", state.from);
    put("to", state.to);
  } else if (state.view === "heatmap") {
    put("level", state.level);
  } else {
    put("findings", state.findings);
    put("prior", state.prior);
  }
  // Commas read better than %2C and are safe in a query string.
  return `/explore?${p.toString().replace(/%2C/g, ",")}`;
}

const views = {};
// What each view last showed, so leaving a view and coming back restores it.
let remembered = readUrl(location.search);

// Tests and screenshots wait for body[data-ready="true"]: the view has loaded its data (or shown its error).
function show(state) {
  document.body.dataset.ready = "false";
  for (const name of VIEWS) {
    $(`#view-${name}`).hidden = name !== state.view;
    const tab = $(`#tab-${name}`);
    tab.setAttribute("aria-selected", String(name === state.view));
    tab.tabIndex = name === state.view ? 0 : -1;
  }
  document.title = `ALK Resistance Graph · ${state.view}`;
  return views[state.view].show(state).finally(() => (document.body.dataset.ready = "true"));
}

function navigate(partial) {
  const state = { ...remembered, ...partial };
  remembered = state;
  history.pushState(null, "", writeUrl(state));
  return show(state);
}

function initTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const [i, tab] of tabs.entries()) {
    tab.addEventListener("click", (event) => {
      event.preventDefault();
      navigate({ view: tab.dataset.view });
    });
    // Arrow keys move between tabs, as in the ARIA tabs pattern.
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(i + step + tabs.length) % tabs.length];
      next.focus();
      navigate({ view: next.dataset.view });
    });
  }
}

/** The API key box; with a key set, the download links fetch with it (a plain link cannot send a header). */
function initKey() {
  $("#key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    setApiKey($("#api-key").value.trim());
    $("#api-key").value = "";
    $("#key-box").open = false;
    show(remembered);
  });
  document.addEventListener("click", async (event) => {
    const link = event.target.closest?.('a[href^="/export/"]');
    const headers = authHeaders();
    if (!link || !headers.authorization) return;
    event.preventDefault();
    const response = await fetch(link.getAttribute("href"), { headers });
    if (!response.ok) return status(`Download refused (HTTP ${response.status}).`, true);
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "download";
    const url = URL.createObjectURL(await response.blob());
    const save = Object.assign(document.createElement("a"), { href: url, download: name });
    save.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
}

views.graph = new GraphView(navigate);
views.path = new PathView(navigate);
views.heatmap = new HeatmapView(navigate);
views.profile = new ProfileView(navigate);
initTabs();
initEvidence();
initKey();
window.addEventListener("popstate", () => show((remembered = readUrl(location.search))));
show(remembered);
