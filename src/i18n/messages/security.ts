import type { Translation } from '../dictionary.ts';

// Texts of the hardening (issue 13): setup code, host check, reopening, analysis limits, and the server's
// start-up lines in the terminal.
export const nl = {
  'error.setup_code_invalid':
    'De setupcode klopt niet of is verlopen. U vindt de code in het venster waarin Sluitstuk is gestart; een nieuwe code krijgt u met: npx sluitstuk setup-code',
  'error.host_not_allowed':
    'Dit adres hoort niet bij deze installatie. Gebruikt u het adres dat in PUBLIC_URL is ingesteld.',
  'error.conversation_closed': 'Dit gesprek is al afgesloten.',
  'error.conversation_not_closed': 'Dit gesprek is niet afgesloten; heropenen is niet nodig.',
  'error.analysis_timeout':
    'De analyse vroeg te veel tijd of geheugen en is gestopt. Probeert u een korter transcript, of splitst u het op.',
  'error.analysis_busy': 'Er lopen nu te veel analyses tegelijk. Probeert u het over een minuut opnieuw.',
  'security.field.setupCode': 'Setupcode',
  'security.field.setupCodeHint':
    'Deze code staat in het venster waarin Sluitstuk is gestart. Kwijt? Voer npx sluitstuk setup-code uit voor een nieuwe.',
  'security.reopen.button': 'Gesprek heropenen',
  'security.reopen.reason': 'Waarom heropent u dit gesprek?',
  'security.reopen.reasonHint': 'De reden komt in het logboek van dit gesprek.',
  'security.reopen.submit': 'Heropenen',
  'security.reopen.cancel': 'Annuleren',
  'security.reopen.done': 'Het gesprek is heropend.',
  'security.serve.listening': 'Sluitstuk luistert op {url} ({database})',
  'security.serve.setupCode': 'Setupcode voor de eerste inrichting: {code} (geldig tot {until})',
  'security.serve.setupCodeFromEnv': 'Setupcode voor de eerste inrichting: de waarde van SETUP_CODE',
  'security.serve.setupCodeOpen': 'Open {url} en vul deze code in om Sluitstuk in te richten.',
  'security.serve.trustProxyTrue':
    'Let op: TRUST_PROXY=true vertrouwt elke X-Forwarded-For-kop. Dan kan iedereen een ander adres opgeven en de limiet op inlogpogingen omzeilen. Geef het aantal proxy’s (bijvoorbeeld TRUST_PROXY=1) of hun adressen op.',
} as const;

export const en: Translation<typeof nl> = {
  'error.setup_code_invalid':
    'The setup code is not right or has expired. You find the code in the window where Sluitstuk was started; get a new one with: npx sluitstuk setup-code',
  'error.host_not_allowed':
    'This address does not belong to this installation. Please use the address set in PUBLIC_URL.',
  'error.conversation_closed': 'This conversation has already been closed.',
  'error.conversation_not_closed': 'This conversation is not closed; there is nothing to reopen.',
  'error.analysis_timeout':
    'The analysis needed too much time or memory and was stopped. Please try a shorter transcript, or split it up.',
  'error.analysis_busy': 'Too many analyses are running at the moment. Please try again in a minute.',
  'security.field.setupCode': 'Setup code',
  'security.field.setupCodeHint':
    'This code is shown in the window where Sluitstuk was started. Lost it? Run npx sluitstuk setup-code for a new one.',
  'security.reopen.button': 'Reopen conversation',
  'security.reopen.reason': 'Why do you reopen this conversation?',
  'security.reopen.reasonHint': 'The reason is kept in the log of this conversation.',
  'security.reopen.submit': 'Reopen',
  'security.reopen.cancel': 'Cancel',
  'security.reopen.done': 'The conversation has been reopened.',
  'security.serve.listening': 'Sluitstuk listens on {url} ({database})',
  'security.serve.setupCode': 'Setup code for the first set-up: {code} (valid until {until})',
  'security.serve.setupCodeFromEnv': 'Setup code for the first set-up: the value of SETUP_CODE',
  'security.serve.setupCodeOpen': 'Open {url} and enter this code to set Sluitstuk up.',
  'security.serve.trustProxyTrue':
    'Warning: TRUST_PROXY=true trusts every X-Forwarded-For header. Anyone can then claim another address and get around the limit on sign-in attempts. Give the number of proxies (for example TRUST_PROXY=1) or their addresses.',
};
