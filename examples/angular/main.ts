// minga-widgets in an Angular app: a standalone component with CUSTOM_ELEMENTS_SCHEMA, compiled
// just in time (no Angular CLI), binding the agenda's properties and its typed event.
import '@angular/compiler'; // the JIT compiler, before anything is bootstrapped
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import 'minga-widgets/define/minga-agenda.js'; // registers <minga-agenda>
import type { MingaAgenda, MingaCalendarDownloadEvent, MingaFeedLoadEvent } from 'minga-widgets';
import sampleFeed from '../../demo/feed.json';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  // [feed] and [timeZone] bind properties; event and hide-speakers are plain attributes.
  template: `
    <main>
      <h1>Programme</h1>
      <minga-agenda
        [feed]="feed"
        event="pd-lac-2019"
        [timeZone]="zone"
        hide-speakers
        [headingLevel]="2"
        (minga-feed-load)="onLoad($event)"
        (minga-calendar-download)="onDownload($event)"></minga-agenda>
      <p id="status">{{ loaded() && 'Feed loaded: ' + loaded() }}</p>
    </main>
  `,
})
class App {
  // Typed by the element's own properties: a zone that is not a string does not compile.
  readonly feed: MingaAgenda['feed'] = sampleFeed;
  readonly zone: MingaAgenda['timeZone'] = 'America/Mexico_City';
  readonly loaded = signal('');

  // Angular's JIT templates pass $event untyped; the handlers type it (a misspelt
  // `e.detail.problem` does not compile).
  onLoad(e: MingaFeedLoadEvent) {
    this.loaded.set(`${e.detail.feed.events.length} events, ${e.detail.problems.length} problems`);
  }

  onDownload(e: MingaCalendarDownloadEvent) {
    console.log(e.detail.filename);
  }
}

bootstrapApplication(App, { providers: [provideZonelessChangeDetection()] }).catch((error) => console.error(error));
