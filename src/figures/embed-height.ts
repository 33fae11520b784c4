/**
 * On a figure's embed page, inside another site's <iframe>: tells the host
 * page how tall the page's content is, now and whenever it changes (a table
 * opened, a narrower frame), so the host's snippet (figure-reuse.ts) sizes the
 * frame to fit. Nothing is sent when the page is not framed.
 */
import { EMBED_HEIGHT_MESSAGE } from './embed-message.ts';

if (parent !== window) {
  let sent = 0;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === sent) return;
    sent = height;
    // Only a number leaves the page, so any host may read it.
    parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
}
