/* global document, location */
// On a page that only sends the reader on: go to the permanent address, keeping the anchor, which
// the page's meta refresh (its answer without JavaScript) would drop.
const target = document.getElementById('permanent')?.getAttribute('href');
if (target) location.replace(target + location.hash);
