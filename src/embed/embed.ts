/**
 * The script of dist/cdn/embed.html, for platforms that allow iframes but not scripts: it shows
 * one of the library's elements as the page's URL parameters say, and reports its height to the
 * parent page. minga-widgets.js, loaded by the page beside it, defines the elements.
 */
import { planEmbed } from './embed-page.js';
import { reportHeight } from './embed-height.js';

const params = new URLSearchParams(location.search);
const lang = params.get('lang');
// On <html>, so the element and its UI strings follow it as on any page.
if (lang) document.documentElement.lang = lang;

const plan = planEmbed(params, location.href);
let shown: Element | undefined;
if (plan.kind === 'element') {
  const el = document.createElement(plan.tag);
  shown = el;
  for (const [name, value] of plan.attributes) el.setAttribute(name, value);
  document.body.append(el);
  if (plan.ignored.length) console.warn(`minga-widgets embed: ignored parameters ${plan.ignored.join(', ')}`);
} else {
  const message = document.createElement('p');
  message.className = 'minga-embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = plan.text;
  document.body.append(message);
}
reportHeight(params.get('id'), shown);
