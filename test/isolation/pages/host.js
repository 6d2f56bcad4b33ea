/* global window, document, location, URLSearchParams */
// Puts a CSS framework on the page before the elements render: ?css=bootstrap (Bootstrap 5's
// compiled CSS, with its Reboot) or ?css=tailwind (Tailwind's Preflight, as published; its
// --theme() font declarations are Tailwind build syntax that a browser drops). No ?css: a plain page.
const FRAMEWORKS = {
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  tailwind: '/node_modules/tailwindcss/preflight.css',
};
const href = FRAMEWORKS[new URLSearchParams(location.search).get('css')];
window.frameworkCss = new Promise((resolve, reject) => {
  if (!href) return resolve(null);
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  link.onload = () => resolve(href);
  link.onerror = () => reject(new Error(`could not load ${href}`));
  document.head.append(link);
});
