// Progress of a background import, on /import/{id}/progress. The page marks the section with
// data-import-progress and data-progress-url (GET /api/v1/imports/{id}/progress); this script asks
// every 500 ms, moves the <progress> bar and the "1,200 of 30,000 rows" text, and when the import
// has finished (or failed) loads the page again, which then shows the result from the server.
// Without this script the page still works: it has a "Check again" link.
// No inline script or handlers anywhere, so a strict Content-Security-Policy can forbid them.
(function () {
    "use strict";

    var root = document.querySelector("[data-import-progress]");
    if (!root) return;
    var url = root.getAttribute("data-progress-url");
    var pageUrl = root.getAttribute("data-page-url");
    var bar = root.querySelector("progress");
    var text = root.querySelector("[data-progress-text]");
    var refresh = root.querySelector("[data-progress-refresh]");
    var status = root.querySelector("[data-progress-status]");
    var numbers = new Intl.NumberFormat("en-GB");

    // The page updates itself now; the link for checking by hand would only distract.
    if (refresh) refresh.hidden = true;

    function plural(n, one, many) {
        return numbers.format(n) + " " + (n === 1 ? one : many);
    }

    function show(job) {
        if (job.totalRows) {
            bar.max = job.totalRows;
            bar.value = Math.min(job.rowsDone, job.totalRows);
            text.textContent = numbers.format(job.rowsDone) + " of " + plural(job.totalRows, "row", "rows");
        } else {
            if (job.totalBytes > 0) {
                bar.max = job.totalBytes;
                bar.value = Math.min(job.bytesRead, job.totalBytes);
            }
            text.textContent = job.phase ? plural(job.rowsDone, "row", "rows") + " so far" : "Starting…";
        }
    }

    function poll() {
        fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
            .then(function (response) {
                if (!response.ok) throw new Error("HTTP " + response.status);
                return response.json();
            })
            .then(function (job) {
                show(job);
                if (job.state === "running") {
                    window.setTimeout(poll, 500);
                    return;
                }
                if (status) status.textContent = job.state === "done" ? "The import has finished." : "The import stopped; nothing was imported.";
                window.location.replace(pageUrl);
            })
            .catch(function () {
                // The server may be busy writing; ask again, less often, and offer the link meanwhile.
                if (refresh) refresh.hidden = false;
                window.setTimeout(poll, 2000);
            });
    }

    window.setTimeout(poll, 500);
})();
