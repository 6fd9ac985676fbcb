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
