// Event editor: tells the organizer, as they type, whether the slug is free (the server checks again on save).
(function () {
    'use strict';
    var input = document.querySelector('[data-slug-check]');
    if (!input) return;
    var status = document.getElementById('slug-status');
    var timer = 0;
    var latest = 0;

    function check() {
        var slug = input.value.trim();
        var ticket = ++latest;
        if (!slug) { status.textContent = ''; return; }
        fetch(input.dataset.slugCheck + '&slug=' + encodeURIComponent(slug), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (result) {
                if (!result || ticket !== latest) return;
                var free = result.isValid && result.isAvailable;
                var text = !result.isValid ? input.dataset.slugInvalid : free ? input.dataset.slugFree : input.dataset.slugTaken;
                if (!free && result.suggestion) text = text.replace('{suggestion}', result.suggestion);
                status.textContent = text;
                status.className = 'form-text ' + (free ? 'text-success' : 'text-danger');
                input.setAttribute('aria-invalid', free ? 'false' : 'true');
            })
            .catch(function () { status.textContent = ''; });
    }

    input.addEventListener('input', function () {
        clearTimeout(timer);
        timer = setTimeout(check, 300);
    });
})();
