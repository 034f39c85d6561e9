import type { Translation } from '../dictionary.ts';

// Texts of offline use (issue 12): where saving stands, conflicts between two devices, signing out with
// changes still waiting, the device's storage, and a new version of the app. Counts come in pairs
// (`.one`/`.other`), chosen with Intl.PluralRules (src/web/offline/plural.ts).
export const nl = {
  'error.revision_mismatch':
    'Dit gesprek is intussen op een ander apparaat gewijzigd. Uw wijziging is bewaard en wordt opnieuw vergeleken.',
  'error.precondition_invalid': 'De kop If-Match of Idempotency-Key van dit verzoek is ongeldig.',

  'offline.status.label': 'Opslaan',
  'offline.status.saved': 'Alles opgeslagen',
  'offline.status.offlineSaved': 'Offline — alles is opgeslagen',
  'offline.status.offlineWaiting.one': 'Offline — {count} wijziging wacht',
  'offline.status.offlineWaiting.other': 'Offline — {count} wijzigingen wachten',
  'offline.status.sending.one': '{count} wijziging wordt verstuurd…',
  'offline.status.sending.other': '{count} wijzigingen worden verstuurd…',
  'offline.status.conflicts.one': '{count} conflict: kies wat blijft',
  'offline.status.conflicts.other': '{count} conflicten: kies wat blijft',
  'offline.status.wentOffline':
    'U bent offline. U kunt gewoon doorwerken; wijzigingen worden op dit apparaat bewaard en verstuurd zodra er verbinding is.',
  'offline.status.backOnline': 'De verbinding is terug. Wat wachtte, wordt nu verstuurd.',
  'offline.status.notPersistent':
    'Deze browser bewaart niets op dit apparaat (privévenster?). Zonder verbinding gaat wat u typt bij het sluiten verloren.',

  'offline.save.onDevice': 'Op dit apparaat bewaard; wordt verstuurd zodra er verbinding is',
  'offline.save.conflict': 'Wacht op uw keuze',

  'offline.record.onDevice':
    'Zonder verbinding: dit verslag is opgebouwd op dit apparaat, met de wijzigingen die nog niet verstuurd zijn.',
  'offline.finish.note':
    'Zonder verbinding: deze controle is op dit apparaat gedaan. Het gesprek wordt op de server afgesloten zodra er weer verbinding is.',
  'offline.list.onDevice':
    'Zonder verbinding: u ziet de gesprekken die op dit apparaat bewaard zijn. Ze zijn allemaal te openen.',
  'offline.list.notYet': 'Nog niet op de server',
  'offline.unavailable':
    'Dit gesprek is niet op dit apparaat bewaard en de server is niet te bereiken. Het is te openen zodra er verbinding is.',
  'offline.signIn.needed':
    'Aanmelden kan alleen met verbinding. Na één keer aanmelden werkt Sluitstuk op dit apparaat ook zonder verbinding.',

  'offline.conflict.title': 'Op een ander apparaat is hetzelfde gewijzigd',
  'offline.conflict.intro':
    'Dit gesprek is ook op een ander apparaat bewerkt. Kies per veld wat blijft; er wordt niets overschreven voordat u kiest.',
  'offline.conflict.mine': 'Op dit apparaat',
  'offline.conflict.theirs': 'Opgeslagen vanaf het andere apparaat',
  'offline.conflict.save': 'Keuze opslaan',
  'offline.conflict.empty': '(leeg)',
  'offline.conflict.yes': 'Ja',
  'offline.conflict.no': 'Nee',
  'offline.conflict.removed': 'Verwijderd',
  'offline.conflict.remove': 'Verwijderen',
  'offline.conflict.gone': 'Op het andere apparaat is dit verwijderd. U heeft het hier intussen gewijzigd.',
  'offline.conflict.addAgain': 'Mijn versie opnieuw toevoegen',
  'offline.conflict.acceptRemoval': 'Verwijderd laten',
  'offline.conflict.deleteChanged':
    'U heeft dit hier verwijderd, maar op het andere apparaat is het intussen gewijzigd.',
  'offline.conflict.item.summary': 'Samenvatting',
  'offline.conflict.item.confirm': 'Bevestiging van {name}',
  'offline.conflict.item.agreement': 'Afspraak: {text}',
  'offline.conflict.item.expectation': 'Vervolgstap: {text}',
  'offline.conflict.item.question': 'Vraag: {text}',
  'offline.conflict.item.participant': 'Deelnemer: {text}',
  'offline.conflict.item.step': 'Stap: {text}',
  'offline.conflict.item.questionRound': 'Tijd voor vragen',
  'offline.conflict.item.contact': 'Contactgegevens',
  'offline.conflict.item.feedback': 'Feedback',
  'offline.conflict.item.thanks': 'Bedanken',
  'offline.conflict.field.text': 'Tekst',
  'offline.conflict.field.state': 'Stand',
  'offline.conflict.field.skipReason': 'Reden om over te slaan',
  'offline.conflict.field.whole': 'Het geheel',
  'offline.conflict.field.role': 'Rol',
  'offline.conflict.field.name': 'Naam',
  'offline.conflict.field.targetMinutes': 'Doel in minuten',
  'offline.conflict.field.startedAt': 'Gestart om',
  'offline.conflict.field.card': 'Uw visitekaartje',
  'offline.conflict.field.status': 'Stand van de afspraak',

  'offline.signOut.button': 'Afmelden',
  'offline.signOut.sending': 'Eerst versturen…',
  'offline.signOut.title': 'Nog niet alles staat op de server',
  'offline.signOut.changes.one': '{count} wijziging staat alleen op dit apparaat.',
  'offline.signOut.changes.other': '{count} wijzigingen staan alleen op dit apparaat.',
  'offline.signOut.drafts.one': '{count} half getypte tekst is nog niet opgeslagen.',
  'offline.signOut.drafts.other': '{count} half getypte teksten zijn nog niet opgeslagen.',
  'offline.signOut.refused.one': '{count} wijziging is door de server geweigerd en staat nog op het scherm.',
  'offline.signOut.refused.other':
    '{count} wijzigingen zijn door de server geweigerd en staan nog op het scherm.',
  'offline.signOut.explain':
    'Bij afmelden wordt alles van u van dit apparaat gewist, zodat een volgende gebruiker het niet ziet. Wat nog niet op de server staat, gaat dan verloren.',
  'offline.signOut.offline':
    'U bent offline. Met verbinding wordt het vanzelf verstuurd; meldt u zich daarna af.',
  'offline.signOut.stay': 'Aangemeld blijven',
  'offline.signOut.discard': 'Toch afmelden en wissen',

  'offline.storage.title': 'Deze browser kan uw werk van dit apparaat wissen',
  'offline.storage.body':
    'De browser heeft geen vaste opslag gegeven. Bij weinig ruimte kan hij wat hier bewaard is wissen, ook wijzigingen die nog niet verstuurd zijn. Installeer Sluitstuk als app (menu van de browser: "Installeren") of zorg dat u regelmatig verbinding heeft.',
  'offline.storage.dismiss': 'Begrepen',

  'offline.update.title': 'Er is een nieuwe versie van Sluitstuk',
  'offline.update.body': 'Uw werk is bewaard. Wilt u nu vernieuwen? U kunt ook eerst verder werken.',
  'offline.update.reload': 'Nu vernieuwen',
  'offline.update.later': 'Later',
};

export const en: Translation<typeof nl> = {
  'error.revision_mismatch':
    'This conversation was changed on another device in the meantime. Your change is kept and compared again.',
  'error.precondition_invalid': 'The If-Match or Idempotency-Key header of this request is invalid.',

  'offline.status.label': 'Saving',
  'offline.status.saved': 'All saved',
  'offline.status.offlineSaved': 'Offline — everything is saved',
  'offline.status.offlineWaiting.one': 'Offline — {count} change waiting',
  'offline.status.offlineWaiting.other': 'Offline — {count} changes waiting',
  'offline.status.sending.one': 'Sending {count} change…',
  'offline.status.sending.other': 'Sending {count} changes…',
  'offline.status.conflicts.one': '{count} conflict: choose what stays',
  'offline.status.conflicts.other': '{count} conflicts: choose what stays',
  'offline.status.wentOffline':
    'You are offline. You can carry on; changes are kept on this device and sent as soon as there is a connection.',
  'offline.status.backOnline': 'The connection is back. What was waiting is being sent now.',
  'offline.status.notPersistent':
    'This browser keeps nothing on this device (a private window?). Without a connection, what you type is lost when you close it.',

  'offline.save.onDevice': 'Kept on this device; sent as soon as there is a connection',
  'offline.save.conflict': 'Waiting for your choice',

  'offline.record.onDevice':
    'No connection: this record was put together on this device, with the changes that have not been sent yet.',
  'offline.finish.note':
    'No connection: this check was done on this device. The conversation is closed on the server as soon as there is a connection again.',
  'offline.list.onDevice':
    'No connection: you see the conversations kept on this device. Each of them can be opened.',
  'offline.list.notYet': 'Not on the server yet',
  'offline.unavailable':
    'This conversation is not kept on this device and the server cannot be reached. It can be opened once there is a connection.',
  'offline.signIn.needed':
    'Signing in needs a connection. After signing in once, Sluitstuk works on this device without a connection too.',

  'offline.conflict.title': 'The same thing was changed on another device',
  'offline.conflict.intro':
    'This conversation was also edited on another device. Choose per field what stays; nothing is overwritten before you choose.',
  'offline.conflict.mine': 'On this device',
  'offline.conflict.theirs': 'Saved from the other device',
  'offline.conflict.save': 'Save my choice',
  'offline.conflict.empty': '(empty)',
  'offline.conflict.yes': 'Yes',
  'offline.conflict.no': 'No',
  'offline.conflict.removed': 'Removed',
  'offline.conflict.remove': 'Remove',
  'offline.conflict.gone': 'This was removed on the other device. You changed it here in the meantime.',
  'offline.conflict.addAgain': 'Add my version again',
  'offline.conflict.acceptRemoval': 'Leave it removed',
  'offline.conflict.deleteChanged':
    'You removed this here, but it was changed on the other device meanwhile.',
  'offline.conflict.item.summary': 'Summary',
  'offline.conflict.item.confirm': 'Confirmation by {name}',
  'offline.conflict.item.agreement': 'Agreement: {text}',
  'offline.conflict.item.expectation': 'Next step: {text}',
  'offline.conflict.item.question': 'Question: {text}',
  'offline.conflict.item.participant': 'Participant: {text}',
  'offline.conflict.item.step': 'Step: {text}',
  'offline.conflict.item.questionRound': 'Room for questions',
  'offline.conflict.item.contact': 'Contact details',
  'offline.conflict.item.feedback': 'Feedback',
  'offline.conflict.item.thanks': 'Thanks',
  'offline.conflict.field.text': 'Text',
  'offline.conflict.field.state': 'State',
  'offline.conflict.field.skipReason': 'Reason to skip',
  'offline.conflict.field.whole': 'The whole item',
  'offline.conflict.field.role': 'Role',
  'offline.conflict.field.name': 'Name',
  'offline.conflict.field.targetMinutes': 'Target in minutes',
  'offline.conflict.field.startedAt': 'Started at',
  'offline.conflict.field.card': 'Your contact card',
  'offline.conflict.field.status': 'State of the agreement',

  'offline.signOut.button': 'Sign out',
  'offline.signOut.sending': 'Sending first…',
  'offline.signOut.title': 'Not everything is on the server yet',
  'offline.signOut.changes.one': '{count} change is only on this device.',
  'offline.signOut.changes.other': '{count} changes are only on this device.',
  'offline.signOut.drafts.one': '{count} half-typed text has not been saved yet.',
  'offline.signOut.drafts.other': '{count} half-typed texts have not been saved yet.',
  'offline.signOut.refused.one': 'The server refused {count} change; it is still on screen.',
  'offline.signOut.refused.other': 'The server refused {count} changes; they are still on screen.',
  'offline.signOut.explain':
    'Signing out removes everything of yours from this device, so the next user does not see it. What is not on the server yet is lost then.',
  'offline.signOut.offline': 'You are offline. With a connection it is sent by itself; sign out after that.',
  'offline.signOut.stay': 'Stay signed in',
  'offline.signOut.discard': 'Sign out and remove anyway',

  'offline.storage.title': 'This browser may remove your work from this device',
  'offline.storage.body':
    'The browser has not granted lasting storage. When space runs low it may remove what is kept here, changes not sent yet included. Install Sluitstuk as an app (browser menu: "Install") or make sure you are online regularly.',
  'offline.storage.dismiss': 'Understood',

  'offline.update.title': 'A new version of Sluitstuk is available',
  'offline.update.body': 'Your work is kept. Reload now? You can also carry on first.',
  'offline.update.reload': 'Reload now',
  'offline.update.later': 'Later',
};
