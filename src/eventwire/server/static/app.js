/* eventwire web page: vanilla JS, no external assets. All data is inserted as text, never as HTML. */
"use strict";

const EVENT_TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
const SVG_NS = "http://www.w3.org/2000/svg";
const PAGE_SIZE = 25;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try { body = await response.json(); } catch (_) { body = null; }
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `request failed (HTTP ${response.status})`;
    throw new Error(message);
  }
  return body;
}

function query(form) {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form).entries()) {
    if (value !== "") params.append(key, value === "on" ? "true" : value);
  }
  return params;
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "error", role: "alert", text: error.message }));
}

/* ---- highlighted sentences ---- */

function actorLabel(actor) {
  const code = actor.code || actor.country;
  const text = actor.text || "(implied)";  // an implied target names no words of the article
  return code ? `${text} [${code}]` : text;
}

function highlightedSentence(view) {
  const cuts = new Set([0, view.text.length]);
  for (const mark of view.marks) { cuts.add(mark.start); cuts.add(mark.end); }
  const points = [...cuts].filter((p) => p >= 0 && p <= view.text.length).sort((a, b) => a - b);
  const paragraph = el("p", { class: "sentence" },
    el("span", { class: "sentence-index", text: `sentence ${view.index + 1}` }));
  for (let i = 0; i < points.length - 1; i += 1) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = view.text.slice(from, to);
    const covering = view.marks.filter((m) => m.start <= from && m.end >= to);
    if (!covering.length) { paragraph.append(piece); continue; }
    const kinds = [...new Set(covering.map((m) => m.kind))];
    const ids = [...new Set(covering.map((m) => m.event_id))];
    paragraph.append(el("mark", {
      class: kinds.map((k) => `hl-${k}`).join(" "),
      "data-kinds": kinds.join(" "),
      "data-events": ids.join(" "),
      title: kinds.join(" + "),
      text: piece,
    }));
  }
  return paragraph;
}

function eventCard(event) {
  const rows = [
    ["CAMEO", `${event.cameo} (quad ${event.quad_class}, Goldstein ${event.goldstein})`],
    ["Source", event.source.map(actorLabel).join("; ") || "—"],
    ["Target", event.target.map(actorLabel).join("; ") || "—"],
    ["Trigger", event.trigger],
    ["Date", event.date ? `${event.date}${event.date_precision ? ` (${event.date_precision})` : ""}` : "unknown"],
    ["Place", event.location ? (event.location.name || event.location.text) +
      (event.location.country ? ` [${event.location.country}]` : "") : "—"],
    ["Factuality", event.factuality],
    ["Attribution", event.attribution && event.attribution.kind !== "none"
      ? `${event.attribution.text || ""} (${event.attribution.kind})` : "none"],
    ["Confidence", String(event.confidence)],
  ];
  if (event.mode) rows.splice(1, 0, ["Mode", event.mode]);
  const title = el("h3", {}, event.event_type,
    event.factuality !== "asserted" ? el("span", { class: "badge nonfactual", text: event.factuality }) : null);
  const card = el("article", {
    class: `event q${event.quad_class}`, "data-event-id": event.event_id, "data-type": event.event_type,
    tabindex: "0", "aria-label": `${event.event_type} event`,
  }, title, el("dl", {}, rows.map(([k, v]) => [el("dt", { text: k }), el("dd", { text: v })])));
  const toggle = (on) => document.querySelectorAll("mark").forEach((m) => {
    if ((m.dataset.events || "").split(" ").includes(event.event_id)) m.classList.toggle("focus", on);
  });
  ["mouseenter", "focus"].forEach((name) => card.addEventListener(name, () => toggle(true)));
  ["mouseleave", "blur"].forEach((name) => card.addEventListener(name, () => toggle(false)));
  return card;
}

function renderSentences(container, sentences, events) {
  const byId = new Map(events.map((e) => [e.event_id, e]));
  const legend = el("div", { class: "legend", "aria-label": "Highlight legend" },
    el("span", {}, el("mark", { class: "hl-trigger", text: "trigger" })),
    el("span", {}, el("mark", { class: "hl-source", text: "source" })),
    el("span", {}, el("mark", { class: "hl-target", text: "target" })));
  container.append(legend);
  for (const view of sentences) {
    const cards = view.event_ids.map((id) => byId.get(id)).filter(Boolean).map(eventCard);
    container.append(el("div", { class: "sentence-row" }, highlightedSentence(view),
      el("div", { class: "events" }, cards)));
  }
}

function articleMeta(article, count) {
  const parts = [];
  if (article.title) parts.push(`“${article.title}”`);
  const line = article.dateline || {};
  const place = line.place || article.dateline_place;
  const agency = line.agency || article.agency;
  if (place || agency) parts.push(`dateline: ${[place, agency && `(${agency})`].filter(Boolean).join(" ")}`);
  parts.push(article.date ? `published ${article.date}` : "no publication date");
  parts.push(`${count} event${count === 1 ? "" : "s"}`);
  return el("p", { class: "meta", id: "article-meta", text: parts.join(" · ") });
}

/* ---- coding form ---- */

async function codeArticle(event) {
  event.preventDefault();
  const status = document.getElementById("code-status");
  const result = document.getElementById("code-result");
  const button = document.getElementById("code-submit");
  const payload = { text: document.getElementById("article-text").value };
  const date = document.getElementById("article-date").value;
  const title = document.getElementById("article-title").value.trim();
  if (date) payload.date = date;
  if (title) payload.title = title;
  button.disabled = true;
  status.textContent = "Coding… (the first request loads the language model)";
  try {
    const data = await api("/code", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(payload),
    });
    result.replaceChildren(articleMeta(data.article, data.events.length));
    if (!data.events.length) result.append(el("p", { class: "note", text: "No events were found in this article." }));
    renderSentences(result, data.sentences, data.events);
    status.textContent = "Done.";
  } catch (error) {
    status.textContent = "";
    showError(result, error);
  } finally {
    button.disabled = false;
  }
}

function loadFile(event) {
  const file = event.target.files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => {
    document.getElementById("article-text").value = reader.result;
    const title = document.getElementById("article-title");
    if (!title.value) title.value = file.name.replace(/\.txt$/i, "");
  };
  reader.onerror = () => showError(document.getElementById("code-result"), new Error("cannot read that file"));
  reader.readAsText(file);
}

/* ---- store browser ---- */

let browseOffset = 0;

async function searchEvents(offset) {
  const container = document.getElementById("events-result");
  const params = query(document.getElementById("filter-form"));
  params.set("limit", PAGE_SIZE);
  params.set("offset", offset);
  try {
    const page = await api(`/events?${params}`);
    browseOffset = offset;
    container.replaceChildren(eventsTable(page));
  } catch (error) {
    showError(container, error);
  }
}

function eventsTable(page) {
  const head = el("tr", {}, ["Date", "Type", "Source", "Target", "CAMEO", "Factuality", "Trigger", "Article"]
    .map((h) => el("th", { scope: "col", text: h })));
  const rows = page.events.map((e) => el("tr", {},
    el("td", { text: e.date || "—" }), el("td", { text: e.event_type }),
    el("td", { text: e.source.map(actorLabel).join("; ") }), el("td", { text: e.target.map(actorLabel).join("; ") }),
    el("td", { text: e.cameo }), el("td", { text: e.factuality }), el("td", { text: e.trigger }),
    el("td", {}, el("button", { class: "link", type: "button", text: "open",
      onclick: () => openArticle(e.article_id) }))));
  const last = Math.min(page.offset + page.events.length, page.total);
  const pager = el("div", { class: "pager" },
    el("button", { type: "button", disabled: page.offset === 0, text: "← Previous",
      onclick: () => searchEvents(Math.max(0, browseOffset - PAGE_SIZE)) }),
    el("span", { text: page.total ? `${page.offset + 1}–${last} of ${page.total}` : "no matching events" }),
    el("button", { type: "button", disabled: last >= page.total, text: "Next →",
      onclick: () => searchEvents(browseOffset + PAGE_SIZE) }));
  return el("div", {}, pager, el("table", {}, el("caption", { class: "sr-only", text: "Matching events" }),
    el("thead", {}, head), el("tbody", {}, rows)));
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

/* ---- trend chart ---- */

async function drawTrend(event) {
  event.preventDefault();
  const container = document.getElementById("trend-chart");
  const form = event.target;
  const params = query(form);
  const src = encodeURIComponent(params.get("src"));
  const tgt = encodeURIComponent(params.get("tgt"));
  params.delete("src");
  params.delete("tgt");
  try {
    const data = await api(`/dyads/${src}/${tgt}/trend?${params}`);
    container.replaceChildren(trendSvg(data));
  } catch (error) {
    showError(container, error);
  }
}

function trendSvg(data) {
  const wrap = el("div", { class: "chart" });
  const title = `${data.source} → ${data.target}${data.both_directions ? " (both directions)" : ""}, events per ${data.by}`;
  if (!data.points.length) return el("p", { class: "note", text: `${title}: no dated events.` });
  const [w, h, left, bottom, top] = [Math.max(480, data.points.length * 28 + 80), 280, 48, 60, 28];
  const max = Math.max(...data.points.map((p) => p.events));
  const step = (w - left - 12) / data.points.length;
  const y = (v) => top + (h - top - bottom) * (1 - v / max);
  const chart = svg("svg", { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: "img", "aria-label": title },
    svg("title", {}, title), svg("text", { x: left, y: 16 }, title),
    svg("line", { class: "axis", x1: left, y1: y(0), x2: w - 8, y2: y(0) }),
    svg("line", { class: "axis", x1: left, y1: top, x2: left, y2: y(0) }),
    [0, Math.ceil(max / 2), max].map((v) => svg("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end" }, v)));
  data.points.forEach((p, i) => {
    const x = left + i * step + step * 0.15;
    const bar = svg("rect", { class: "bar", x, y: y(p.events), width: step * 0.7, height: y(0) - y(p.events) },
      svg("title", {}, `${p.period}: ${p.events} events, mean Goldstein ${p.goldstein_mean ?? "n/a"}`));
    const label = svg("text", { x: x + step * 0.35, y: y(0) + 14, "text-anchor": "end",
      transform: `rotate(-45 ${x + step * 0.35} ${y(0) + 14})` }, data.by === "month" ? p.period.slice(0, 7) : p.period);
    chart.append(bar, label);
  });
  wrap.append(chart);
  return wrap;
}

/* ---- actor network (circle layout) ---- */

async function drawNetwork(event) {
  if (event) event.preventDefault();
  const container = document.getElementById("network-chart");
  try {
    const data = await api(`/network?${query(document.getElementById("network-form"))}`);
    container.replaceChildren(networkSvg(data));
  } catch (error) {
    showError(container, error);
  }
}

function networkSvg(data) {
  if (!data.nodes.length) return el("p", { class: "note", text: "No actor pairs match." });
  const size = 560;
  const [cx, cy, r] = [size / 2, size / 2, size / 2 - 80];
  const pos = new Map(data.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / data.nodes.length - Math.PI / 2;
    return [n.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), angle }];
  }));
  const maxEdge = Math.max(...data.edges.map((e) => e.events));
  const chart = svg("svg", { viewBox: `0 0 ${size} ${size}`, width: size, height: size, role: "img",
    "aria-label": `Actor network: ${data.nodes.length} actors, ${data.edges.length} directed edges` },
  svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 22, refY: 5, markerWidth: 9,
    markerHeight: 9, markerUnits: "userSpaceOnUse", orient: "auto" }, svg("path", { d: "M0,0 L10,5 L0,10 z", fill: "#566072" }))));
  for (const e of data.edges) {
    const [a, b] = [pos.get(e.source), pos.get(e.target)];
    const tone = e.goldstein_mean === null ? "neutral" : e.goldstein_mean >= 0 ? "coop" : "conf";
    const bend = `M${a.x},${a.y} Q${(a.x + b.x) / 2 + (b.y - a.y) * 0.15},${(a.y + b.y) / 2 - (b.x - a.x) * 0.15} ${b.x},${b.y}`;
    chart.append(svg("path", { class: `edge ${tone}`, d: bend, "stroke-width": 1 + (4 * e.events) / maxEdge,
      "marker-end": "url(#arrow)" }, svg("title", {},
      `${e.source} → ${e.target}: ${e.events} events, mostly ${e.top_type}, mean Goldstein ${e.goldstein_mean}`)));
  }
  for (const n of data.nodes) {
    const p = pos.get(n.id);
    const outside = Math.cos(p.angle) >= 0 ? "start" : "end";
    chart.append(svg("g", { class: "node" }, svg("circle", { cx: p.x, cy: p.y, r: 6 + Math.min(8, Math.sqrt(n.events)) }),
      svg("text", { x: p.x + 14 * Math.cos(p.angle), y: p.y + 14 * Math.sin(p.angle) + 4, "text-anchor": outside },
        n.label === n.id ? n.id : `${n.label} (${n.id})`),
      svg("title", {}, `${n.label}: ${n.events} events`)));
  }
  return el("div", { class: "chart" }, chart);
}

/* ---- start-up ---- */

async function init() {
  const select = document.getElementById("type-select");
  EVENT_TYPES.forEach((t) => select.append(el("option", { text: t })));
  document.getElementById("code-form").addEventListener("submit", codeArticle);
  document.getElementById("article-file").addEventListener("change", loadFile);
  document.getElementById("filter-form").addEventListener("submit", (e) => { e.preventDefault(); searchEvents(0); });
  document.getElementById("trend-form").addEventListener("submit", drawTrend);
  document.getElementById("network-form").addEventListener("submit", drawNetwork);
  try {
    const health = await api("/health");
    document.getElementById("version").textContent = health.version;
    document.querySelectorAll(".store-on").forEach((n) => { n.hidden = !health.store; });
    document.querySelectorAll(".store-off").forEach((n) => { n.hidden = health.store; });
    document.body.dataset.ready = "true";
  } catch (error) {
    showError(document.getElementById("code-result"), error);
  }
}

document.addEventListener("DOMContentLoaded", init);
