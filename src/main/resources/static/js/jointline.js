// Sends the CSRF token with every htmx request (the token is in <meta> tags of the layout).
document.addEventListener('htmx:configRequest', function (event) {
    var header = document.querySelector('meta[name="_csrf_header"]');
    var token = document.querySelector('meta[name="_csrf"]');
    if (header && token) {
        event.detail.headers[header.content] = token.content;
    }
});
// Submits a select's form when it changes (language switch) without inline script.
document.addEventListener('change', function (event) {
    if (event.target.matches('[data-autosubmit]')) {
        event.target.form.submit();
    }
});
