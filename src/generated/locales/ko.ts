
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'sa995ebd63979df2a': str`This feed has no event with the id "${0}".`,
'sedab98e36ab5ee60': `This feed lists no events.`,
'scae753aa81a865b1': `Loading event information…`,
's5d82176efe1ef78c': `The event information could not be shown.`,
's75f327cafe2dea1c': `No event feed is set: give the element a src attribute with the feed address.`,
's36d41c7532269f47': str`The event feed was not found at ${0} (error 404). Check the address.`,
's6a58a3643f6865ad': str`The server of the event feed answered with error ${0} (${1}).`,
'scf9adaf9d4dea6c6': str`The event feed took too long to load (${0}). Try again later.`,
'sefa7962908337eb1': `The event feed written in this page is not valid JSON; it may have a typing mistake.`,
's7492e43aaa66d2bf': str`The event feed at ${0} is not valid JSON; it may have a typing mistake.`,
's0d92757d19c079a4': `The event feed written in this page has no list of events.`,
's840372ac3b2d998f': str`The file at ${0} is not an event feed: it has no list of events.`,
's5a96f18ea7e0e519': str`The event feed could not be reached (${0}). Check the address, and that its server allows this site to read it.`,
'se4edc81c590226e5': `Organized by`,
's605d402692fe23dd': `Part of`,
's776d6a50167ab1b8': str`${0} time, ${1}`,
'seadeb3a807d7478a': `Online`,
's3e37405ad1394c53': `venue to be confirmed`,
'sf4adf80b7a605b0d': `also online`,
'sabf0e099159a8caa': `online`,
's3bb786d3b55ba37c': `Cancelled`,
'sde7a7ce9c8f663a1': `Postponed`,
'se90cd2152cf8991b': `Rescheduled`,
's694d2385227feac3': `Moved online`,
    };
  