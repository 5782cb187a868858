// GOV.UK Frontend's own start-up, from a file rather than the template's inline script, which the
// Content-Security-Policy refuses. Every page works without it; it adds focus handling and the mobile menu.
import { initAll } from '/govuk/govuk-frontend.min.js'

document.body.classList.add('js-enabled', 'govuk-frontend-supported')
initAll()
