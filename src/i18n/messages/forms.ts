import type { Translation } from '../dictionary.ts';

// Texts of forms: what is wrong with a field ('validation.<code>', the same codes the server sends in
// details.fields), the room left beside a field, and what happens to a change that could not be saved.
export const nl = {
  'validation.required': 'Vul dit veld in.',
  'validation.too_long':
    'Dit is te lang: hooguit {max, plural, one {# teken} other {# tekens}}. Maak het korter; uw tekst blijft staan.',
  'validation.too_short': 'Dit is te kort: minstens {min, plural, one {# teken} other {# tekens}}.',
  'validation.too_many': 'Dit zijn er te veel: hooguit {max}.',
  'validation.number_too_small': 'Vul een getal in van minstens {min}.',
  'validation.number_too_large': 'Vul een getal in van hooguit {max}.',
  'validation.not_integer': 'Vul een heel getal in.',
  'validation.invalid_email': 'Vul een e-mailadres in zoals naam@gemeente.nl, zonder spaties.',
  'validation.invalid_phone':
    'Vul een telefoonnummer in met alleen cijfers, spaties en + - ( ), bijvoorbeeld 06 1234 5678.',
  'validation.invalid_date': 'Deze datum bestaat niet. Kies een dag in de kalender.',
  'validation.invalid_datetime': 'Vul een datum en een tijd in.',
  'validation.control_characters':
    'Hier staan onzichtbare stuurtekens in, bijvoorbeeld uit geplakte tekst. Typ dit stuk opnieuw.',
  'validation.ill_formed_text':
    'Hier staat een half teken in, bijvoorbeeld een afgebroken emoji. Haal het weg of typ het opnieuw.',
  'validation.consent_required': 'Vraag toestemming en vink dit aan, of laat e-mail en telefoon leeg.',
  'validation.wrong_password': 'Dit is niet uw huidige wachtwoord.',
  'validation.invalid_choice': 'Kies een van de mogelijkheden.',
  'validation.unknown_field': 'Sluitstuk kent dit veld niet: {keys}.',
  'validation.invalid': 'Dit klopt niet. Kijkt u het na?',
  'validation.file_too_large':
    'Dit bestand is te groot: hooguit {max, plural, one {# MB} other {# MB}}. Kies een kleiner bestand.',
  'validation.passwordLength': 'Minstens {min, plural, one {# teken} other {# tekens}}.',
  'validation.consentKept':
    'Nog niet opgeslagen: vraag toestemming en vink dit aan. Tot dan blijven de gegevens alleen op dit apparaat.',
  'validation.errorCount':
    '{count, plural, one {Eén veld is} other {# velden zijn}} nog niet goed ingevuld. Het eerste heeft nu de focus.',

  'form.counter.left': 'Nog {count, plural, one {# teken} other {# tekens}}',
  'form.counter.over': '{count, plural, one {# teken} other {# tekens}} te veel',
  'form.counter.limit': 'Hooguit {max, plural, one {# teken} other {# tekens}}.',

  'form.save.attention': 'Niet alles is opgeslagen',
  'form.save.attentionCount':
    '{count, plural, one {Eén wijziging is} other {# wijzigingen zijn}} nog niet opgeslagen. Uw tekst staat nog in het veld; pas het aan, dan wordt het opgeslagen.',
  'form.save.toField': 'Naar het veld',
  'form.save.discard': 'Mijn wijziging weggooien',
  'form.save.discarded': 'Uw wijziging is weggegooid; de opgeslagen tekst staat er weer.',
  'form.save.notSavedItem': 'Niet opgeslagen',
  'form.save.restore': 'Terug in het invoerveld zetten',
  'form.save.gone': 'Dit bestaat niet meer, misschien is het op een ander apparaat verwijderd.',
  'form.limitReached': 'Hier passen hooguit {max} in één gesprek. Haal er eerst een weg.',

  'followUp.title': 'Maak er een afspraak van',
  'followUp.submit': 'Afspraak maken',
  'followUp.became': 'Dit vervolg is afspraak {n} geworden:',
  'followUp.toAgreements': 'Bekijk of wijzig hem bij Afspraken maken',
  'followUp.fromQuestion': 'Uit de vragenronde: “{question}”',
  'followUp.missing': 'Vraag “{text}” heeft een vervolg nodig, maar is nog geen afspraak.',

  'newConversation.chooseType': 'Kies een soort gesprek.',
  'newConversation.chooseTypeOption': 'Kies een soort gesprek…',
} as const;

export const en: Translation<typeof nl> = {
  'validation.required': 'Please fill in this field.',
  'validation.too_long':
    'This is too long: at most {max, plural, one {# character} other {# characters}}. Make it shorter; your text stays here.',
  'validation.too_short':
    'This is too short: at least {min, plural, one {# character} other {# characters}}.',
  'validation.too_many': 'There are too many: at most {max}.',
  'validation.number_too_small': 'Enter a number of at least {min}.',
  'validation.number_too_large': 'Enter a number of at most {max}.',
  'validation.not_integer': 'Enter a whole number.',
  'validation.invalid_email': 'Enter an email address such as name@council.gov.uk, without spaces.',
  'validation.invalid_phone':
    'Enter a phone number with only digits, spaces and + - ( ), for example 020 7946 0000.',
  'validation.invalid_date': 'This date does not exist. Choose a day in the calendar.',
  'validation.invalid_datetime': 'Enter a date and a time.',
  'validation.control_characters':
    'This contains invisible control characters, for example from pasted text. Type this part again.',
  'validation.ill_formed_text':
    'This contains half a character, for example a broken emoji. Remove it or type it again.',
  'validation.consent_required': 'Ask for consent and tick this, or leave email and phone empty.',
  'validation.wrong_password': 'This is not your current password.',
  'validation.invalid_choice': 'Choose one of the options.',
  'validation.unknown_field': 'Sluitstuk does not know this field: {keys}.',
  'validation.invalid': 'This is not right. Please check it.',
  'validation.file_too_large':
    'This file is too large: at most {max, plural, one {# MB} other {# MB}}. Choose a smaller file.',
  'validation.passwordLength': 'At least {min, plural, one {# character} other {# characters}}.',
  'validation.consentKept':
    'Not saved yet: ask for consent and tick this. Until then the details stay on this device only.',
  'validation.errorCount':
    '{count, plural, one {One field is} other {# fields are}} not filled in correctly yet. The first one has the focus now.',

  'form.counter.left': '{count, plural, one {# character} other {# characters}} left',
  'form.counter.over': '{count, plural, one {# character} other {# characters}} too many',
  'form.counter.limit': 'At most {max, plural, one {# character} other {# characters}}.',

  'form.save.attention': 'Not everything is saved',
  'form.save.attentionCount':
    '{count, plural, one {One change has} other {# changes have}} not been saved yet. Your text is still in the field; change it and it will be saved.',
  'form.save.toField': 'Go to the field',
  'form.save.discard': 'Discard my change',
  'form.save.discarded': 'Your change was discarded; the saved text is back.',
  'form.save.notSavedItem': 'Not saved',
  'form.save.restore': 'Put it back in the form',
  'form.save.gone': 'This no longer exists; perhaps it was deleted on another device.',
  'form.limitReached': 'At most {max} fit in one conversation. Remove one first.',

  'followUp.title': 'Turn it into an agreement',
  'followUp.submit': 'Make the agreement',
  'followUp.became': 'This follow-up became agreement {n}:',
  'followUp.toAgreements': 'See or change it under Make agreements',
  'followUp.fromQuestion': 'From the question round: “{question}”',
  'followUp.missing': 'Question “{text}” needs a follow-up but is not an agreement yet.',

  'newConversation.chooseType': 'Choose a type of conversation.',
  'newConversation.chooseTypeOption': 'Choose a type of conversation…',
};
