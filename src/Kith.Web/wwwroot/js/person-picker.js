// Person pickers in forms. A <select data-person-picker> lists people by name, at most the first
// 2,000 (PeopleService.PickListAsync), so a large network does not make every form huge. This script
// puts a search box before each long one (more than 15 people): typing looks the whole network up
// (GET /api/v1/people/lookup) and the list then offers the people found, the current choice kept.
// Clearing the box brings the full list back. Attributes on the select:
//   data-person-picker-me="true"     offer my own record too;
//   data-person-picker-exclude="12"  never offer this person (the page's own person).
// Without this script the form still works with the first 2,000 by name.
// No inline script or handlers anywhere, so a strict Content-Security-Policy can forbid them.
(function () {
    "use strict";

    var longList = 15;
    var pause = 200; // ms after the last key before looking up

    function labelOf(select) {
        var label = select.id && document.querySelector("label[for='" + select.id + "']");
        return label ? label.textContent.trim() : "a person";
    }

    function setUp(select) {
        var people = Array.prototype.filter.call(select.options, function (o) { return o.value !== ""; });
        if (people.length <= longList) return;

        // Copies without the server's "selected" marks: what is chosen is read from the list as it is
        // now, so bringing the full list back never brings back a choice the user has changed.
        var everyone = Array.prototype.slice.call(select.options).map(function (o) {
            var copy = o.cloneNode(true);
            copy.removeAttribute("selected");
            return copy;
        });
        var exclude = select.getAttribute("data-person-picker-exclude");
        var withMe = select.getAttribute("data-person-picker-me") === "true";

        var box = document.createElement("input");
        box.type = "search";
        box.className = "person-picker-search";
        box.autocomplete = "off";
        box.placeholder = "Type a name to find anyone";
        box.setAttribute("aria-label", "Find someone for: " + labelOf(select));
        if (select.id) box.setAttribute("aria-controls", select.id);

        var status = document.createElement("span");
        status.className = "hint person-picker-status";
        status.setAttribute("role", "status");
        status.setAttribute("aria-live", "polite");

        select.parentNode.insertBefore(box, select);
        select.parentNode.insertBefore(status, select);

        var timer = 0;
        var asked = 0;

        // The options to show: the "nobody" choice, whoever is chosen now, then the list given.
        function show(list) {
            var chosen = Array.prototype.filter.call(select.options, function (o) { return o.selected && o.value !== ""; })
                .map(function (o) { return { text: o.text, value: o.value }; });
            var seen = {};
            chosen.forEach(function (c) { seen[c.value] = true; });
            while (select.options.length > 0) select.remove(0);
            everyone.forEach(function (o) {
                if (o.value === "") select.add(o.cloneNode(true));
            });
            chosen.forEach(function (c) { select.add(new Option(c.text, c.value, false, true)); });
            list.forEach(function (o) {
                if (!seen[o.value]) select.add(o);
            });
            if (chosen.length === 0 && !select.multiple) select.selectedIndex = select.options.length > 0 && select.options[0].value === "" ? 0 : -1;
        }

        function restore() {
            show(everyone.filter(function (o) { return o.value !== ""; }).map(function (o) { return o.cloneNode(true); }));
            status.textContent = "";
        }

        function lookUp(text) {
            var ask = ++asked;
            var url = "/api/v1/people/lookup?q=" + encodeURIComponent(text) + (withMe ? "&includeMe=true" : "");
            fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
                .then(function (response) {
                    if (!response.ok) throw new Error("HTTP " + response.status);
                    return response.json();
                })
                .then(function (found) {
                    if (ask !== asked) return; // a later lookup is on its way
                    var options = found
                        .filter(function (p) { return String(p.id) !== exclude; })
                        .map(function (p) {
                            return new Option(p.about ? p.displayName + " (" + p.about + ")" : p.displayName, String(p.id));
                        });
                    show(options);
                    status.textContent = options.length === 0 ? "No one found for \u201c" + text + "\u201d."
                        : options.length === 1 ? "One person found; choose them in the list."
                        : options.length + " people found; choose one in the list.";
                })
                .catch(function () {
                    if (ask !== asked) return;
                    status.textContent = "Kith could not look people up just now; the list shows the first people by name.";
                });
        }

        box.addEventListener("input", function () {
            clearTimeout(timer);
            var text = box.value.trim();
            if (!/[\p{L}\p{N}]/u.test(text)) {
                asked++;
                restore();
                return;
            }
            timer = setTimeout(function () { lookUp(text); }, pause);
        });
        // Enter in the box would submit the form half-filled; it looks up at once instead.
        box.addEventListener("keydown", function (e) {
            if (e.key !== "Enter") return;
            e.preventDefault();
            clearTimeout(timer);
            if (/[\p{L}\p{N}]/u.test(box.value)) lookUp(box.value.trim());
        });
    }

    document.querySelectorAll("select[data-person-picker]").forEach(setUp);
})();
