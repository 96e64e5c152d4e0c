(function () {
  "use strict";
  // Sorting and filtering of the readiness grid. The table is complete
  // without this script; it only hides rows and reorders them. The filter
  // lives in the address's fragment (#outcome=denied&workload=azure&
  // bucket=30&q=text&sort=expiry&dir=desc), read at load and on every
  // change of it, so a filtered view can be bookmarked or linked.
  const d = document;
  const table = d.getElementById("grid");
  const form = d.getElementById("controls");
  if (!table || !form || !table.tBodies.length || !table.tHead) {
    return;
  }
  const tbody = table.tBodies[0];
  const heads = Array.from(table.tHead.rows[0].cells);
  const f = {
    outcome: d.getElementById("f-outcome"),
    workload: d.getElementById("f-workload"),
    bucket: d.getElementById("f-bucket"),
    q: d.getElementById("f-q"),
  };
  const shown = d.getElementById("shown");
  const RANK = { allowed: 0, redirected: 1, not_covered: 2, denied: 3 };
  // Rule sets by link target ("#r1" -> "SCOPE-CLOUDS ..."), so that a
  // search for a rule ID finds the rows whose entries link to it.
  const ruleSets = {};
  for (const tr of d.querySelectorAll("#rule-sets tbody tr")) {
    ruleSets["#" + tr.id] = tr.cells[1] ? tr.cells[1].textContent : "";
  }
  // The workload key of each workload column, in order (columns 1..n;
  // advice and relationships follow).
  const workloads = heads.slice(1, -2).map((th) => th.getAttribute("data-sort"));

  // One index entry per customer row: its entries' workload and outcome,
  // the best outcome rank per workload, the days to its soonest
  // relationship end, its name for sorting and (lazily) its text.
  const rows = Array.from(tbody.rows).map((tr, order) => {
    const entries = [];
    const rank = {};
    workloads.forEach((w, i) => {
      const cell = tr.cells[i + 1];
      let best = 9;
      // A cell of one entry carries its outcome as its class; a cell of
      // several has one <div> per entry.
      const parts = !cell ? [] : cell.className ? [cell] : Array.from(cell.querySelectorAll("div"));
      for (const part of parts) {
        const o = part.className;
        entries.push({ w: w, o: o });
        best = Math.min(best, o in RANK ? RANK[o] : 8);
      }
      rank[w] = best;
    });
    const th = tr.cells[0];
    const name = th && th.firstChild ? String(th.firstChild.textContent).toLowerCase() : "";
    const days = tr.hasAttribute("data-d") ? Number(tr.getAttribute("data-d")) : Infinity;
    return { el: tr, entries: entries, rank: rank, name: name, days: days, order: order, text: null };
  });

  let sortKey = "";
  let sortDir = 1;

  function byName(a, b) {
    if (a.name !== b.name) {
      return a.name < b.name ? -1 : 1;
    }
    return a.order - b.order;
  }

  function sortBy(key, dir) {
    const th = heads.find((h) => h.getAttribute("data-sort") === key);
    if (!th) {
      return;
    }
    let cmp;
    if (key === "customer") {
      cmp = byName;
    } else if (key === "expiry") {
      cmp = (a, b) => (a.days === b.days ? byName(a, b) : a.days < b.days ? -1 : 1);
    } else {
      cmp = (a, b) => (a.rank[key] === b.rank[key] ? byName(a, b) : a.rank[key] - b.rank[key]);
    }
    rows.sort((a, b) => dir * cmp(a, b));
    const frag = d.createDocumentFragment();
    for (const r of rows) {
      frag.appendChild(r.el);
    }
    tbody.appendChild(frag);
    sortKey = key;
    sortDir = dir;
    for (const h of heads) {
      if (h === th) {
        h.setAttribute("aria-sort", dir > 0 ? "ascending" : "descending");
      } else {
        h.removeAttribute("aria-sort");
      }
    }
  }

  function apply() {
    const o = f.outcome.value;
    const w = f.workload.value;
    const b = f.bucket.value ? Number(f.bucket.value) : 0;
    const q = f.q.value.trim().toLowerCase();
    if (w) {
      table.setAttribute("data-workload", w);
    } else {
      table.removeAttribute("data-workload");
    }
    let n = 0;
    for (const r of rows) {
      let ok = true;
      if (o) {
        ok = r.entries.some((e) => (!w || e.w === w) && e.o === o);
      }
      if (ok && b) {
        ok = r.days <= b;
      }
      if (ok && q) {
        if (r.text === null) {
          r.text = rowText(r.el);
        }
        ok = r.text.indexOf(q) !== -1;
      }
      if (r.el.hidden === ok) {
        r.el.hidden = !ok;
      }
      if (ok) {
        n += 1;
      }
    }
    shown.textContent = "Showing " + n + " of " + rows.length + " customers";
  }

  function rowText(tr) {
    let text = tr.textContent;
    for (const a of tr.querySelectorAll("a")) {
      text += " " + (ruleSets[a.getAttribute("href")] || "");
    }
    return text.toLowerCase();
  }

  function choose(select, value) {
    const known = Array.from(select.options).some((opt) => opt.value === value);
    select.value = known ? value : "";
  }

  function readFragment() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ""));
    choose(f.outcome, p.get("outcome") || "");
    choose(f.workload, p.get("workload") || "");
    choose(f.bucket, p.get("bucket") || "");
    f.q.value = p.get("q") || "";
    const s = p.get("sort");
    if (s) {
      sortBy(s, p.get("dir") === "desc" ? -1 : 1);
    }
    apply();
  }

  function writeFragment() {
    const p = new URLSearchParams();
    for (const k of ["outcome", "workload", "bucket", "q"]) {
      const v = k === "q" ? f.q.value.trim() : f[k].value;
      if (v) {
        p.set(k, v);
      }
    }
    if (sortKey) {
      p.set("sort", sortKey);
      if (sortDir < 0) {
        p.set("dir", "desc");
      }
    }
    const h = p.toString();
    try {
      history.replaceState(null, "", h ? "#" + h : location.pathname + location.search);
    } catch (e) {
      // Some browsers refuse history changes on file: pages; the filter
      // still works, it is only not kept in the address.
    }
  }

  for (const th of heads) {
    const key = th.getAttribute("data-sort");
    if (!key) {
      continue;
    }
    const button = d.createElement("button");
    button.type = "button";
    while (th.firstChild) {
      button.appendChild(th.firstChild);
    }
    th.appendChild(button);
    button.addEventListener("click", () => {
      sortBy(key, sortKey === key ? -sortDir : 1);
      writeFragment();
    });
  }
  form.addEventListener("submit", (e) => e.preventDefault());
  form.addEventListener("input", () => {
    apply();
    writeFragment();
  });
  window.addEventListener("hashchange", readFragment);

  form.hidden = false;
  readFragment();
  if (d.documentElement.getAttribute("data-script") !== "error") {
    d.documentElement.setAttribute("data-script", "ready");
  }
})();
