import type { Translation } from '../dictionary.ts';

// Texts of signing in (organisation account, limits), and password reset (issue 12).
export const nl = {
  'error.login_throttled':
    'Te veel mislukte pogingen kort na elkaar. Wacht u even en probeert u het dan opnieuw.',
  'error.local_login_disabled':
    'Aanmelden met een wachtwoord staat uit. Meldt u zich aan met het account van uw organisatie.',
  'error.oidc_failed': 'Aanmelden met het account van uw organisatie is niet gelukt.',
  'error.reset_link_invalid':
    'Deze link werkt niet meer: hij is al gebruikt, verlopen of vervangen door een nieuwere. Vraagt u een nieuwe aan.',

  'accounts.login.or': 'of',
  'accounts.login.oidc': 'Aanmelden met uw organisatie-account',
  'accounts.login.oidcNamed': 'Aanmelden met {label}',
  'accounts.login.forgot': 'Wachtwoord vergeten?',
  'accounts.login.forgotAskAdmin':
    'Wachtwoord vergeten? Vraagt u de beheerder van Sluitstuk in uw organisatie om een nieuw wachtwoord.',
  'accounts.login.throttledAccount':
    'Te veel mislukte pogingen voor dit account. U kunt het om {time} opnieuw proberen (over {wait}).',
  'accounts.login.throttledAddress':
    'Te veel mislukte pogingen vanaf dit netwerk. U kunt het om {time} opnieuw proberen (over {wait}).',
  'accounts.login.signedOut': 'U bent afgemeld.',
  'accounts.wait.seconds': '{n} seconden',
  'accounts.wait.minute': '1 minuut',
  'accounts.wait.minutes': '{n} minuten',

  'accounts.oidc.failed.state':
    'De aanmelding kon niet worden gecontroleerd (een oude of gewijzigde link). Probeert u het opnieuw vanaf deze pagina.',
  'accounts.oidc.failed.nonce':
    'Het antwoord van de aanmeldserver hoorde niet bij deze aanmelding. Probeert u het opnieuw.',
  'accounts.oidc.failed.denied': 'De aanmelding is afgebroken of geweigerd bij de aanmeldserver.',
  'accounts.oidc.failed.account_unknown':
    'Er is in Sluitstuk nog geen account voor u. Vraagt u de beheerder om u toe te voegen.',
  'accounts.oidc.failed.no_role':
    'Uw organisatie-account heeft geen rol voor Sluitstuk. Vraagt u de beheerder om u die te geven.',
  'accounts.oidc.failed.email_missing':
    'De aanmeldserver gaf geen (bevestigd) e-mailadres door. Vraagt u de beheerder om dit na te kijken.',
  'accounts.oidc.failed.inactive': 'Uw account in Sluitstuk is gedeactiveerd. Vraagt u de beheerder om hulp.',
  'accounts.oidc.failed.unreachable':
    'De aanmeldserver van uw organisatie is nu niet bereikbaar. Probeert u het over een paar minuten opnieuw.',
  'accounts.oidc.failed.provider': 'De aanmeldserver gaf een fout. Probeert u het opnieuw.',

  'accounts.forgot.title': 'Wachtwoord vergeten',
  'accounts.forgot.intro':
    'Vult u het e-mailadres van uw account in. U krijgt dan een link waarmee u een nieuw wachtwoord kiest. De link werkt {minutes} minuten en één keer.',
  'accounts.forgot.submit': 'Stuur mij een link',
  'accounts.forgot.sent':
    'Als er een account met dit adres is, is er nu een mail onderweg. Kijkt u ook in de map met ongewenste mail.',
  'accounts.forgot.back': 'Terug naar aanmelden',

  'accounts.reset.title': 'Nieuw wachtwoord kiezen',
  'accounts.reset.submit': 'Wachtwoord opslaan',
  'accounts.reset.done': 'Uw nieuwe wachtwoord is opgeslagen. U kunt zich nu aanmelden.',
  'accounts.reset.noToken': 'Deze pagina werkt alleen met de link uit de mail.',

  'accounts.mail.reset.subject': 'Nieuw wachtwoord voor Sluitstuk',
  'accounts.mail.reset.body':
    'Goedendag {name},\n\nU (of iemand anders) vroeg een nieuw wachtwoord aan voor Sluitstuk van {organisation}. Met deze link kiest u een nieuw wachtwoord:\n\n{link}\n\nDe link werkt {minutes} minuten en één keer. Heeft u niets aangevraagd? Dan kunt u deze mail negeren; uw wachtwoord blijft zoals het is.',
  'accounts.mail.invite.subject': 'Uitnodiging voor Sluitstuk van {organisation}',
  'accounts.mail.invite.body':
    'Goedendag {name},\n\n{inviter} nodigt u uit voor Sluitstuk van {organisation}. Sluitstuk helpt u een gesprek goed af te sluiten. Uw account gebruikt het e-mailadres {email}.\n\n{step}\n\n{link}\n\nDe link werkt tot {until} ({days} dagen) en één keer. Werkt hij niet meer? Vraagt u dan {inviter} om een nieuwe uitnodiging.\n\nHad u deze uitnodiging niet verwacht? Dan hoeft u niets te doen: zonder de link gebeurt er niets. Twijfelt u, neem dan contact op met {inviter} ({inviterEmail}).',
  'accounts.mail.invite.password':
    'Met deze link kiest u zelf een wachtwoord. Daarna bent u meteen aangemeld.',
  'accounts.mail.invite.oidc':
    'Met deze link meldt u zich aan met het account van uw organisatie ({provider}). Een apart wachtwoord voor Sluitstuk is niet nodig.',
} as const;

export const en: Translation<typeof nl> = {
  'error.login_throttled': 'Too many failed attempts in a short time. Please wait a moment and try again.',
  'error.local_login_disabled':
    "Signing in with a password is switched off. Please sign in with your organisation's account.",
  'error.oidc_failed': "Signing in with your organisation's account did not succeed.",
  'error.reset_link_invalid':
    'This link no longer works: it has been used, has expired or was replaced by a newer one. Please ask for a new one.',

  'accounts.login.or': 'or',
  'accounts.login.oidc': 'Sign in with your organisation account',
  'accounts.login.oidcNamed': 'Sign in with {label}',
  'accounts.login.forgot': 'Forgot your password?',
  'accounts.login.forgotAskAdmin':
    "Forgot your password? Please ask your organisation's Sluitstuk administrator for a new one.",
  'accounts.login.throttledAccount':
    'Too many failed attempts for this account. You can try again at {time} (in {wait}).',
  'accounts.login.throttledAddress':
    'Too many failed attempts from this network. You can try again at {time} (in {wait}).',
  'accounts.login.signedOut': 'You have signed out.',
  'accounts.wait.seconds': '{n} seconds',
  'accounts.wait.minute': '1 minute',
  'accounts.wait.minutes': '{n} minutes',

  'accounts.oidc.failed.state':
    'The sign-in could not be verified (an old or altered link). Please try again from this page.',
  'accounts.oidc.failed.nonce':
    "The sign-in server's answer did not belong to this sign-in. Please try again.",
  'accounts.oidc.failed.denied': 'The sign-in was cancelled or refused at the sign-in server.',
  'accounts.oidc.failed.account_unknown':
    'There is no Sluitstuk account for you yet. Please ask the administrator to add you.',
  'accounts.oidc.failed.no_role':
    'Your organisation account has no role for Sluitstuk. Please ask the administrator to give you one.',
  'accounts.oidc.failed.email_missing':
    'The sign-in server did not pass on a (verified) e-mail address. Please ask the administrator to check this.',
  'accounts.oidc.failed.inactive':
    'Your Sluitstuk account has been deactivated. Please ask the administrator.',
  'accounts.oidc.failed.unreachable':
    "Your organisation's sign-in server cannot be reached now. Please try again in a few minutes.",
  'accounts.oidc.failed.provider': 'The sign-in server reported an error. Please try again.',

  'accounts.forgot.title': 'Forgot your password',
  'accounts.forgot.intro':
    "Enter your account's e-mail address. You will get a link to choose a new password. The link works for {minutes} minutes, once.",
  'accounts.forgot.submit': 'Send me a link',
  'accounts.forgot.sent':
    'If there is an account with this address, a mail is on its way now. Please also look in your junk mail folder.',
  'accounts.forgot.back': 'Back to sign in',

  'accounts.reset.title': 'Choose a new password',
  'accounts.reset.submit': 'Save password',
  'accounts.reset.done': 'Your new password has been saved. You can sign in now.',
  'accounts.reset.noToken': 'This page only works with the link from the mail.',

  'accounts.mail.reset.subject': 'New password for Sluitstuk',
  'accounts.mail.reset.body':
    "Hello {name},\n\nYou (or someone else) asked for a new password for {organisation}'s Sluitstuk. Choose a new password with this link:\n\n{link}\n\nThe link works for {minutes} minutes, once. Did you not ask for this? Then you can ignore this mail; your password stays as it is.",
  'accounts.mail.invite.subject': "Invitation to {organisation}'s Sluitstuk",
  'accounts.mail.invite.body':
    "Hello {name},\n\n{inviter} invites you to {organisation}'s Sluitstuk. Sluitstuk helps you close a conversation well. Your account uses the e-mail address {email}.\n\n{step}\n\n{link}\n\nThe link works until {until} ({days} days), once. Does it no longer work? Then please ask {inviter} for a new invitation.\n\nDid you not expect this invitation? Then you need not do anything: without the link nothing happens. If in doubt, please contact {inviter} ({inviterEmail}).",
  'accounts.mail.invite.password':
    'With this link you choose your own password. After that you are signed in at once.',
  'accounts.mail.invite.oidc':
    "With this link you sign in with your organisation's account ({provider}). You do not need a separate password for Sluitstuk.",
};
