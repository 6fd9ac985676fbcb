// Confirmation dialogs of the order pages: a button with data-orders-dialog opens the <dialog> of that id.
document.addEventListener('click', (event) => {
    const opener = event.target.closest('[data-orders-dialog]');
    if (opener) {
        const dialog = document.getElementById(opener.getAttribute('data-orders-dialog'));
        if (dialog && typeof dialog.showModal === 'function') {
            dialog.showModal();
            dialog.querySelector('[type=submit]')?.focus();
        }
        return;
    }
    const closer = event.target.closest('[data-orders-dialog-close]');
    if (closer) closer.closest('dialog')?.close();
});
