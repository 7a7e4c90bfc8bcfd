/* Keyboard keys for the reviewers' admin (no library, no inline script: the CSP allows
   only our own files).

   In the claim list: j / k choose the next / previous row, Enter opens it. The list's
   claims are remembered (sessionStorage) so that on a claim page j / k go to the next /
   previous claim of the list one came from; without one, to the neighbours in the
   article. On a claim page: s starts the review, v opens the verdict form, a approves
   (after a confirmation). ? shows the keys; Esc hides them. Keys never fire while
   typing in a field. */
(function () {
  "use strict";
  var STORE = "factcheck-claim-list";
  var CLAIM_URL = /\/admin\/claims\/claim\/(\d+)\/change\/?$/;

  function typing(event) {
    var el = event.target;
    var tag = el && el.tagName ? el.tagName.toLowerCase() : "";
    return tag === "input" || tag === "textarea" || tag === "select" || (el && el.isContentEditable);
  }

  function help(show) {
    var box = document.getElementById("keys-help");
    if (!box) return;
    box.hidden = show === undefined ? !box.hidden : !show;
  }

  // --- The claim list ---
  function listRows() {
    var table = document.getElementById("result_list");
    if (!table || !document.body.classList.contains("model-claim")) return [];
    return Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  }

  function rowLink(row) {
    var links = row.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i++) {
      var path = new URL(links[i].href, location.href).pathname;
      if (CLAIM_URL.test(path)) return links[i];
    }
    return null;
  }

  function rememberList(rows) {
    var ids = [];
    rows.forEach(function (row) {
      var link = rowLink(row);
      if (link) ids.push(new URL(link.href, location.href).pathname.match(CLAIM_URL)[1]);
    });
    try {
      sessionStorage.setItem(STORE, JSON.stringify({ ids: ids, search: location.search }));
    } catch (e) { /* private mode: j / k fall back to the article's order */ }
  }

  function moveRow(rows, step) {
    var current = rows.findIndex(function (r) { return r.classList.contains("key-current"); });
    var next = Math.max(0, Math.min(rows.length - 1, current + step));
    if (current === -1) next = step > 0 ? 0 : rows.length - 1;
    rows.forEach(function (r) { r.classList.remove("key-current"); });
    rows[next].classList.add("key-current");
    rows[next].scrollIntoView({ block: "nearest" });
  }

  // --- The claim page ---
  function neighbour(step) {
    var here = location.pathname.match(CLAIM_URL);
    var bench = document.querySelector(".claim-workbench");
    if (!here || !bench) return null;
    try {
      var list = JSON.parse(sessionStorage.getItem(STORE) || "null");
      var at = list ? list.ids.indexOf(here[1]) : -1;
      if (at !== -1) {
        var id = list.ids[at + step];
        if (id) return "/admin/claims/claim/" + id + "/change/" + location.search;
        return null;
      }
    } catch (e) { /* fall through to the article's order */ }
    return bench.getAttribute(step > 0 ? "data-next" : "data-prev");
  }

  function press(key) {
    var target = document.querySelector('[data-key="' + key + '"]');
    if (!target) return false;
    if (target.tagName.toLowerCase() === "form") {
      target.scrollIntoView({ block: "start" });
      var first = target.querySelector("input[type=radio], textarea, input[type=url]");
      if (first) first.focus();
      return true;
    }
    if (key === "a" && !window.confirm("Approve this verdict and publish it?")) return true;
    target.click();
    return true;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var rows = listRows();
    if (rows.length) rememberList(rows);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
    var key = event.key;
    if (key === "?") { help(); event.preventDefault(); return; }
    if (key === "Escape") { help(false); return; }
    var rows = listRows();
    if (rows.length && (key === "j" || key === "k")) {
      moveRow(rows, key === "j" ? 1 : -1);
      event.preventDefault();
      return;
    }
    if (rows.length && key === "Enter") {
      var chosen = rows.find(function (r) { return r.classList.contains("key-current"); });
      var link = chosen && rowLink(chosen);
      if (link) { location.href = link.href; event.preventDefault(); }
      return;
    }
    if (key === "j" || key === "k") {
      var url = neighbour(key === "j" ? 1 : -1);
      if (url) { location.href = url; event.preventDefault(); }
      return;
    }
    if ((key === "s" || key === "v" || key === "a") && press(key)) event.preventDefault();
  });
})();
