// Entry of embed.html: mounts the embed view and reports the page's height to the host page.
// Imports no dashboard-only code (App, Dashboard, router, source view) and touches no storage.
import { mount } from 'svelte';
import Embed from './views/Embed.svelte';
import { Environment } from './views/environment.svelte.ts';
import { parseEmbedQuery } from './views/embedQuery.ts';
import { heightMessage, heightTarget } from './export/embedHeight.ts';
import './styles/app.css';
import './styles/embed.css';

const query = parseEmbedQuery(location.search);
const env = new Environment(query.theme === 'auto' ? undefined : query.theme);
const siteUrl = new URL('./', location.href).href;
const target = document.getElementById('app')!;
mount(Embed, { target, props: { query, env, siteUrl } });

// Only inside a frame: post the height whenever the content's height changes.
if (window.parent !== window) {
  const { targetOrigin, withId } = heightTarget(query.origin, document.referrer);
  let last = 0;
  const post = () => {
    const height = Math.ceil(target.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(heightMessage(height, query.ids.join(','), withId), targetOrigin);
  };
  new ResizeObserver(post).observe(target);
}
