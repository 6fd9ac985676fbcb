// Checkout: a countdown to the reservation's expiry (announced at 5 and 1 minutes, reloading at 0 so the server shows the
// "tickets released" page) and "same as buyer", which copies the buyer's name and email into an attendee's fields.
(() => {
    'use strict';

    const timer = document.querySelector('[data-countdown]');
    if (timer) {
        // Seconds from the server, not the expiry time, so a wrong clock on the buyer's device does not matter.
        const deadline = Date.now() + Number(timer.dataset.seconds) * 1000;
        const clock = timer.querySelector('[data-countdown-clock]');
        const live = timer.querySelector('[data-countdown-live]');
        const fallback = timer.querySelector('[data-countdown-fallback]');
        const announced = new Set();
        const pad = n => String(n).padStart(2, '0');

        const tick = () => {
            const left = Math.max(0, Math.round((deadline - Date.now()) / 1000));
            clock.textContent = `${timer.dataset.label} ${Math.floor(left / 60)}:${pad(left % 60)}`;
            for (const [at, message] of [[300, timer.dataset.warn5], [60, timer.dataset.warn1]]) {
                if (left <= at && left > at - 60 && !announced.has(at)) {
                    announced.add(at);
                    live.textContent = message;
                }
            }
            timer.classList.toggle('co-timer--urgent', left <= 300);
            if (left === 0) {
                clearInterval(interval);
                window.location.assign(timer.dataset.reload);
            }
        };

        fallback.hidden = true;
        clock.hidden = false;
        const interval = setInterval(tick, 1000);
        tick();
    }

    const buyer = name => document.querySelector(`[name="Buyer.${name}"]`);
    const copy = box => {
        const block = box.closest('[data-attendee]');
        for (const field of block.querySelectorAll('[data-copy]')) {
            if (box.checked) field.value = document.querySelector(`[name="${field.dataset.copy}"]`).value;
            // Read-only rather than disabled, so the copied values are still posted and announced.
            field.readOnly = box.checked;
        }
    };
    const boxes = [...document.querySelectorAll('[data-same-as-buyer]')];
    for (const box of boxes) {
        box.addEventListener('change', () => copy(box));
        copy(box);
    }
    for (const name of ['Name', 'Email']) {
        buyer(name)?.addEventListener('input', () => boxes.forEach(copy));
    }
})();

// File answers upload as soon as they are chosen (the checkout page's Upload handler); the blob name goes into the answer's
// hidden field and the file input is emptied, so the form does not send the file a second time.
(() => {
    'use strict';
    const form = document.getElementById('checkout-form');
    if (!form || !window.fetch) return;
    for (const input of form.querySelectorAll('[data-upload]')) {
        input.addEventListener('change', async () => {
            const file = input.files[0];
            const field = input.closest('.co-field');
            const status = field.querySelector('[data-upload-status]');
            const answer = field.querySelector('[data-file-answer]');
            if (!file) return;
            const body = new FormData();
            body.append('file', file);
            body.append('__RequestVerificationToken', form.querySelector('[name="__RequestVerificationToken"]').value);
            const response = await fetch(`${window.location.pathname}?handler=Upload`, { method: 'POST', body });
            const result = await response.json().catch(() => ({}));
            if (response.ok && result.name) {
                answer.value = result.name;
                input.required = false;
                input.value = '';
                status.textContent = input.dataset.uploaded.replace('{0}', file.name);
            } else {
                status.textContent = result.message || input.dataset.failed;
            }
        });
    }
})();
