// Suggestions for the event directory's search box (/events), following the ARIA 1.2 combobox pattern:
// the input keeps focus, arrows move through the listbox, Enter opens the chosen event, Escape closes the list.
// Without this script the box is a plain GET form.
(function () {
    "use strict";
    var input = document.getElementById("directory-q");
    var list = document.getElementById("directory-suggestions");
    var status = document.getElementById("directory-suggestions-status");
    if (!input || !list || !window.fetch) return;

    var minLength = parseInt(input.dataset.minLength || "2", 10);
    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;

    function eventUrl(item) {
        return "/o/" + encodeURIComponent(item.organizationSlug) + "/e/" + encodeURIComponent(item.slug);
    }

    function close() {
        list.hidden = true;
        list.innerHTML = "";
        items = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
        var options = list.querySelectorAll("[role=option]");
        options.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
            options[index].scrollIntoView({ block: "nearest" });
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function render(found) {
        items = found;
        list.innerHTML = "";
        found.forEach(function (item, i) {
            var option = document.createElement("li");
            option.id = "directory-suggestion-" + i;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.className = "directory-suggestions__option";
            option.textContent = item.title;
            // mousedown, not click: the input must not lose focus (and close the list) before we navigate.
            option.addEventListener("mousedown", function (e) {
                e.preventDefault();
                window.location.href = eventUrl(item);
            });
            list.appendChild(option);
        });
        var open = found.length > 0;
        list.hidden = !open;
        input.setAttribute("aria-expanded", open ? "true" : "false");
        active = -1;
        input.removeAttribute("aria-activedescendant");
        status.textContent = open
            ? (input.dataset.textCount || "{0}").replace("{0}", String(found.length))
            : (input.dataset.textNone || "");
    }

    function suggest() {
        var text = input.value.trim();
        if (text.length < minLength) {
            close();
            return;
        }
        if (pending) pending.abort();
        pending = new AbortController();
        var url = input.dataset.autocompleteUrl + "?take=8&text=" + encodeURIComponent(text);
        fetch(url, { signal: pending.signal, headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (found) {
                // An answer to an older text may arrive late: only show what matches the box now.
                if (input.value.trim() === text) render(found);
            })
            .catch(function () { /* aborted or offline: the form still works */ });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 150);
    });

    input.addEventListener("keydown", function (e) {
        if (e.key === "ArrowDown") {
            if (list.hidden) { suggest(); return; }
            e.preventDefault();
            highlight(active + 1 >= items.length ? 0 : active + 1);
        } else if (e.key === "ArrowUp") {
            if (list.hidden) return;
            e.preventDefault();
            highlight(active <= 0 ? items.length - 1 : active - 1);
        } else if (e.key === "Enter") {
            if (!list.hidden && active >= 0) {
                e.preventDefault();
                window.location.href = eventUrl(items[active]);
            }
        } else if (e.key === "Escape") {
            if (!list.hidden) {
                e.preventDefault();
                close();
            }
        }
    });

    input.addEventListener("blur", function () { window.setTimeout(close, 100); });
})();
