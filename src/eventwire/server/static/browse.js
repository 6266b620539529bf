/* eventwire web page: the store browser. A sortable, paged table of events with their evidence, and
   CSV/JSONL downloads of the current filter and order (served by /events.csv and /events.jsonl). */
"use strict";

const PAGE_SIZE = 25;
const COLUMNS = [  // [heading, sort key of /events or null]
  ["Date", "date"], ["Type", "type"], ["CAMEO", "cameo"], ["Source", "source"], ["Target", "target"],
  ["Evidence", "trigger"], ["Factuality", "factuality"], ["Article", null],
];
const browse = { offset: 0, sort: "date", order: "desc" };

function browseParams() {
  const params = query(document.getElementById("filter-form"));
  params.set("sort", browse.sort);
  params.set("order", browse.order);
  return params;
}

function updateDownloads(params) {
  for (const format of ["csv", "jsonl"]) {
    document.getElementById(`download-${format}`).href = `/events.${format}?${params}`;
  }
  document.getElementById("downloads").hidden = false;
}

async function searchEvents(offset) {
  const container = document.getElementById("events-result");
  const params = browseParams();
  updateDownloads(params);
  params.set("limit", PAGE_SIZE);
  params.set("offset", offset);
  try {
    const page = await api(`/events?${params}`);
    browse.offset = offset;
    container.replaceChildren(eventsTable(page));
  } catch (error) {
    showError(container, error);
  }
}

function sortBy(key) {
  if (browse.sort === key) browse.order = browse.order === "asc" ? "desc" : "asc";
  else [browse.sort, browse.order] = [key, key === "date" ? "desc" : "asc"];
  searchEvents(0);
}

function headerCell([heading, key]) {
  if (!key) return el("th", { scope: "col", text: heading });
  const active = browse.sort === key;
  const direction = browse.order === "asc" ? "ascending" : "descending";
  const arrow = active ? (browse.order === "asc" ? " ▲" : " ▼") : "";
  return el("th", { scope: "col", "aria-sort": active ? direction : "none", "data-sort": key },
    el("button", { type: "button", class: "sort", text: heading + arrow, onclick: () => sortBy(key),
      title: `sort by ${heading.toLowerCase()}` }));
}

function cameoCell(event) {
  const label = cameoLabel(event.cameo);
  return el("td", { class: "cameo" }, el("span", { class: "code", text: event.cameo }),
    label ? [" ", el("span", { class: "cameo-label", text: label })] : null);
}

function eventRow(e) {
  return el("tr", { "data-event-id": e.event_id },
    el("td", { class: "date", text: dateLabel(e) }),
    el("td", { text: e.event_type }),
    cameoCell(e),
    el("td", { class: "actors", text: actorsLabel(e.source) || "—" }),
    el("td", { class: "actors", text: actorsLabel(e.target) || "—" }),
    el("td", { class: "evidence-cell" }, evidence(e)),
    el("td", { text: e.factuality }),
    el("td", {}, el("button", { class: "link", type: "button", text: "open",
      onclick: () => openArticle(e.article_id) })));
}

function eventsTable(page) {
  const last = Math.min(page.offset + page.events.length, page.total);
  const pager = el("div", { class: "pager" },
    el("button", { type: "button", disabled: page.offset === 0, text: "← Previous",
      onclick: () => searchEvents(Math.max(0, browse.offset - PAGE_SIZE)) }),
    el("span", { text: page.total ? `${page.offset + 1}–${last} of ${page.total}` : "no matching events" }),
    el("button", { type: "button", disabled: last >= page.total, text: "Next →",
      onclick: () => searchEvents(browse.offset + PAGE_SIZE) }));
  const table = el("table", { class: "events-table" },
    el("caption", { class: "sr-only", text: "Matching events" }),
    el("thead", {}, el("tr", {}, COLUMNS.map(headerCell))),
    el("tbody", {}, page.events.map(eventRow)));
  return el("div", {}, pager, el("div", { class: "table-wrap" }, table));
}

async function openArticle(id) {
  const container = document.getElementById("article-view");
  try {
    const data = await api(`/articles/${encodeURIComponent(id)}`);
    container.replaceChildren(el("h3", { text: data.article.title || `Article ${data.article.id}` }),
      articleMeta(data.article, data.events.length));
    renderSentences(container, data.sentences, data.events);
    container.scrollIntoView({ behavior: "smooth", block: "start" });
  } catch (error) {
    showError(container, error);
  }
}

document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("type-select");
  EVENT_TYPES.forEach((t) => select.append(el("option", { text: t })));
  document.getElementById("filter-form").addEventListener("submit", (e) => { e.preventDefault(); searchEvents(0); });
});
