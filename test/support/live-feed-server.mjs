// For test/live: a feed server the tests change while pages watch it. `/live-feed/<name>` answers
// what the test last set with the `minga-live-feed` command: a body with an ETag (304 when the
// request's If-None-Match names it), an HTTP error, or no answer at all. Every request is recorded
// with its conditional headers, so tests can count what reached the server. Names have no
// extension: the runner's own middleware tells browsers to cache any path with one for a year.
const feeds = new Map();

export function liveFeedMiddleware() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/live-feed/')) return next();
    const feed = feeds.get(ctx.path.slice('/live-feed/'.length));
    if (!feed) return next();
    feed.requests.push({
      ifNoneMatch: ctx.get('If-None-Match') || null,
      ifModifiedSince: ctx.get('If-Modified-Since') || null,
    });
    if (feed.hang) return new Promise(() => {}); // a server that never answers
    ctx.set('Cache-Control', 'no-cache');
    if (feed.status && feed.status !== 200) {
      ctx.status = feed.status;
      ctx.body = 'error';
      return;
    }
    if (feed.etag) ctx.set('ETag', feed.etag);
    if (feed.etag && ctx.get('If-None-Match') === feed.etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = feed.body;
  };
}

export function liveFeedCommands() {
  return {
    name: 'minga-live-feed',
    async executeCommand({ command, payload }) {
      if (command !== 'minga-live-feed') return undefined;
      const { name, ...set } = payload;
      if (set.reset) feeds.delete(name);
      const feed = feeds.get(name) ?? { requests: [] };
      Object.assign(feed, set);
      feeds.set(name, feed);
      return { requests: feed.requests };
    },
  };
}
