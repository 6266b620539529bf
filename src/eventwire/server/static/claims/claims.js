"use strict";
// The claims page: list claims from /claims, show one claim's two sides and its articles' sourcing profiles
// (bar charts drawn with the vendored Vega-Lite through vegaEmbed, expressions by its AST interpreter).
(function () {
  const KINDS = ["named", "official", "anonymous", "media", "none"];
  const list = document.getElementById("claim-list");
  const detail = document.getElementById("claim-detail");
  const line = document.getElementById("claims-status-line");
  const form = document.getElementById("claims-form");

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([key, value]) => {
      if (key === "text") node.textContent = value;
      else node.setAttribute(key, value);
    });
    (children || []).forEach((child) => node.append(child));
    return node;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json();
    if (!response.ok) throw new Error((body.error && body.error.message) || response.statusText);
    return body;
  }

  function sentence(mention) {
    const text = mention.sentence;
    const at = text.indexOf(mention.trigger);
    if (at < 0) return el("p", { text });
    return el("p", {}, [text.slice(0, at), el("mark", { text: mention.trigger }), text.slice(at + mention.trigger.length)]);
  }

  function mentionCard(mention) {
    const voice = mention.voice.text || (mention.voice.kind === "none" ? "the article" : mention.voice.kind);
    const where = (mention.article_title || mention.article_id) + ", sentence " + mention.sentence_index;
    return el("div", { class: "mention", "data-stance": mention.stance, "data-role": mention.role }, [
      el("div", { class: "who", text: mention.stance + " · " + voice + " (" + mention.voice.kind + ") · " + mention.role }),
      sentence(mention),
      el("div", { class: "who", text: where }),
    ]);
  }

  function side(claim, name, heading) {
    const mentions = claim.mentions.filter((m) => m.side === name).map(mentionCard);
    return el("div", { class: "side " + name, "data-side": name }, [el("h4", { text: heading }), ...(mentions.length ? mentions : [el("p", { text: "-" })])]);
  }

  function profileSpec(profile) {
    // Vega-Lite bar chart of one article's events by source kind; data inline (no loading, CSP-safe).
    return {
      $schema: "https://vega.github.io/schema/vega-lite/v6.json",
      width: 260, height: { step: 16 }, background: null,
      data: { values: KINDS.map((kind) => ({ kind, events: profile[kind] })) },
      mark: { type: "bar", color: "#1f5fbf" },
      encoding: {
        y: { field: "kind", type: "nominal", sort: KINDS, title: null },
        x: { field: "events", type: "quantitative", title: "events", axis: { tickMinStep: 1 } },
        tooltip: [{ field: "kind" }, { field: "events" }],
      },
    };
  }

  async function profileChart(profile, title) {
    const plot = el("div", { class: "vega-plot" });
    const table = el("p", { class: "who", text: KINDS.map((k) => k + " " + profile[k]).join(" · ") });
    const box = el("div", { class: "article-profile", "data-article": profile.article_id }, [
      el("h4", { text: title + " — " + profile.events + " events" }), plot, table,
    ]);
    await vegaEmbed(plot, profileSpec(profile), { ast: true, renderer: "svg", actions: false, defaultStyle: false,
      tooltip: { disableDefaultStyle: true } });
    return box;
  }

  async function showClaim(id) {
    detail.replaceChildren(el("p", { class: "note", text: "Loading…" }));
    const claim = await getJson("/claims/" + encodeURIComponent(id));
    list.querySelectorAll("button").forEach((b) => b.setAttribute("aria-current", String(b.dataset.claim === id)));
    const articles = [...new Map(claim.mentions.map((m) => [m.article_id, m.article_title || m.article_id])).entries()];
    const sourcing = el("div", { class: "sourcing" }, [el("h3", { text: "How the articles are sourced" })]);
    detail.replaceChildren(
      el("h3", { text: claim.proposition }),
      el("p", { class: "who", text: claim.status + " · " + (claim.date_start || "undated") + " · " + claim.num_articles + " article(s) · " + claim.asserting_sources + " for / " + claim.denying_sources + " against" }),
      el("div", { class: "sides" }, [side(claim, "for", "Asserted or reported"), side(claim, "against", "Denied or countered")]),
      sourcing,
    );
    detail.dataset.claim = id;
    for (const [articleId, title] of articles) {
      const profile = await getJson("/articles/" + encodeURIComponent(articleId) + "/sourcing");
      sourcing.append(await profileChart(profile, title));
    }
    detail.dataset.ready = "true";
  }

  async function load() {
    const params = new URLSearchParams();
    const data = new FormData(form);
    if (data.get("status")) params.set("status", data.get("status"));
    if (data.get("actor")) params.set("actor", data.get("actor"));
    line.textContent = "Loading…";
    const page = await getJson("/claims?" + params.toString());
    line.textContent = page.total + " claims";
    list.replaceChildren(...page.claims.map((claim) => {
      const button = el("button", { type: "button", "data-claim": claim.claim_id }, [
        claim.proposition,
        el("span", { class: "status-tag", text: claim.status + " · " + (claim.date_start || "undated") + " · " + claim.mentions.length + " mentions" }),
      ]);
      button.addEventListener("click", () => { location.hash = "claim=" + claim.claim_id; });
      return el("li", {}, [button]);
    }));
  }

  function fromHash() {
    const match = /claim=([0-9a-f]+)/.exec(location.hash);
    if (match) showClaim(match[1]).catch((err) => { detail.replaceChildren(el("p", { class: "note", text: String(err.message) })); });
  }

  form.addEventListener("submit", (event) => { event.preventDefault(); load().catch((err) => { line.textContent = err.message; }); });
  window.addEventListener("hashchange", fromHash);
  load().then(fromHash).catch((err) => { line.textContent = err.message; }).finally(() => { document.body.dataset.ready = "true"; });
})();
