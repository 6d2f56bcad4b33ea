// minga-widgets in a React 19 app: the agenda as JSX, typed by minga-widgets/types/react.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'minga-widgets/define/minga-agenda.js'; // registers <minga-agenda> before React renders it
import type { MingaFeedLoadEvent } from 'minga-widgets';
import type {} from 'minga-widgets/types/react'; // JSX types for every minga-* tag
import feed from '../../demo/feed.json';

function App() {
  const [loaded, setLoaded] = useState('');
  // The detail is typed: a misspelt field (`e.detail.problem`) does not compile.
  const onLoad = (e: MingaFeedLoadEvent) =>
    setLoaded(`${e.detail.feed.events.length} events, ${e.detail.problems.length} problems`);
  return (
    <main>
      <h1>Programme</h1>
      {/* `feed` and `timeZone` are set as properties, `event` and `hide-speakers` as attributes. */}
      <minga-agenda
        feed={feed}
        event="pd-lac-2019"
        timeZone="America/Mexico_City"
        hide-speakers
        heading-level={2}
        onminga-feed-load={onLoad}
        onminga-calendar-download={(e) => console.log(e.detail.filename)}
      />
      <p id="status">{loaded && `Feed loaded: ${loaded}`}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
