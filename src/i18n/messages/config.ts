import type { Translation } from '../dictionary.ts';

// The configuration's start-up problems, one per environment variable, as the terminal shows them.
export const nl = {
  'config.header': 'De configuratie klopt niet:',
  'config.port.invalid': '"{value}" is geen poortnummer (0–65535).',
  'config.databaseUrl.invalid':
    'Verwacht postgres://gebruiker:wachtwoord@host:5432/naam, sqlite:PAD of een bestandspad.',
  'config.sessionTtl.invalid':
    '"{value}": gebruik seconden of een eenheid (90m, 12h, 7d), tussen 5 minuten en 90 dagen.',
  'config.trustProxy.invalid':
    '"{value}": gebruik het aantal proxy\'s (1), of hun adressen of reeksen (10.0.0.5, 10.0.0.0/8, loopback); of false.',
  'config.publicUrl.invalid': '"{value}" is geen http(s)-adres.',
  'config.logLevel.invalid': '"{value}": kies uit {choices}.',
  'config.rateLimit.invalid': '"{value}": het aantal verzoeken per minuut per adres (10 of meer).',
  'config.scenariosDir.missing': 'De map "{folder}" bestaat niet. Geef de map met de oefenscenario\'s op.',
  'config.smtpUrl.invalid': 'Verwacht smtp://gebruiker:wachtwoord@host:587 of smtps://…:465.',
  'config.publicUrl.neededForMail':
    'Met SMTP_URL is PUBLIC_URL nodig: de links in de mails moeten naar het adres wijzen dat mensen gebruiken.',
  'config.mailFrom.invalid': '"{value}" is geen e-mailadres. Gebruik bijvoorbeeld noreply@gemeente.example.',
  'config.mailFrom.withoutSmtp': 'MAIL_FROM zonder SMTP_URL: zet ook SMTP_URL, of laat MAIL_FROM weg.',
  'config.linkTtl.invalid':
    '"{value}": gebruik seconden of een eenheid (12h, 30d), tussen 1 uur en 366 dagen.',
  'config.jobLease.invalid':
    '"{value}": gebruik seconden of een eenheid (60, 2m), tussen 1 seconde en 1 uur.',
  'config.clockOffset.testOnly': 'Alleen voor de testsuite (NODE_ENV=test). Laat deze variabele weg.',
  'config.clockOffset.invalid':
    '"{value}": een geheel aantal milliseconden, bijvoorbeeld 86400000 voor een dag later.',
  'config.setupCode.invalid':
    'Gebruik minstens 12 letters of cijfers (hooguit 100 tekens), bijvoorbeeld uit: openssl rand -hex 16',
  'config.logFormat.invalid': '"{value}": kies json, pretty of auto.',
  'config.analysisTimeout.invalid':
    '"{value}": seconden of een eenheid (90s, 2m), tussen 1 seconde en 1 uur.',
  'config.localPasswords.invalid': '"{value}": gebruik on of off.',
  'config.oidc.withoutIssuer': '{name} is gezet, maar OIDC_ISSUER niet.',
  'config.localPasswords.needsOidc':
    'Met LOCAL_PASSWORDS=off kan alleen worden aangemeld via OIDC: zet ook OIDC_ISSUER, OIDC_CLIENT_ID en OIDC_CLIENT_SECRET.',
  'config.oidcIssuer.notHttps': '"{value}": gebruik https (http alleen voor een provider op deze machine).',
  'config.oidcIssuer.invalid': '"{value}" is geen adres.',
  'config.oidcClientId.missing': 'Geef de client-id die de provider heeft gegeven.',
  'config.oidcClientSecret.missing': 'Geef het client-geheim (Sluitstuk is een vertrouwelijke client).',
  'config.publicUrl.neededForOidc':
    'Aanmelden via OIDC heeft PUBLIC_URL nodig: daaruit volgt het terugkeeradres (…/api/auth/oidc/callback).',
  'config.oidcRoles.invalid':
    '"{value}": gebruik rol=waarde, bijvoorbeeld admin=sluitstuk-beheer,coach=sluitstuk-coach (rollen: {choices}).',
  'config.oidcRoleClaim.missing': 'OIDC_ROLES heeft een claim nodig, bijvoorbeeld roles of groups.',
  'config.oidcDefaultRole.invalid': '"{value}": kies {choices} of none.',
  'config.oidcAccounts.invalid': '"{value}": kies create of known.',
} as const;

export const en: Translation<typeof nl> = {
  'config.header': 'The configuration is not right:',
  'config.port.invalid': '"{value}" is not a port number (0–65535).',
  'config.databaseUrl.invalid':
    'Expected postgres://user:password@host:5432/name, sqlite:PATH or a file path.',
  'config.sessionTtl.invalid':
    '"{value}": use seconds or a unit (90m, 12h, 7d), between 5 minutes and 90 days.',
  'config.trustProxy.invalid':
    '"{value}": use the number of proxies (1), or their addresses or ranges (10.0.0.5, 10.0.0.0/8, loopback); or false.',
  'config.publicUrl.invalid': '"{value}" is not an http(s) address.',
  'config.logLevel.invalid': '"{value}": choose from {choices}.',
  'config.rateLimit.invalid': '"{value}": the number of requests per minute per address (10 or more).',
  'config.scenariosDir.missing':
    'The folder "{folder}" does not exist. Give the folder with the practice scenarios.',
  'config.smtpUrl.invalid': 'Expected smtp://user:password@host:587 or smtps://…:465.',
  'config.publicUrl.neededForMail':
    'SMTP_URL needs PUBLIC_URL: the links in the mails must point to the address people use.',
  'config.mailFrom.invalid': '"{value}" is not an e-mail address. Use for example noreply@example.org.',
  'config.mailFrom.withoutSmtp': 'MAIL_FROM without SMTP_URL: set SMTP_URL as well, or leave MAIL_FROM out.',
  'config.linkTtl.invalid': '"{value}": use seconds or a unit (12h, 30d), between 1 hour and 366 days.',
  'config.jobLease.invalid': '"{value}": use seconds or a unit (60, 2m), between 1 second and 1 hour.',
  'config.clockOffset.testOnly': 'Only for the test suite (NODE_ENV=test). Leave this variable out.',
  'config.clockOffset.invalid': '"{value}": a whole number of milliseconds, e.g. 86400000 for a day later.',
  'config.setupCode.invalid':
    'Use at least 12 letters or digits (at most 100 characters), for example from: openssl rand -hex 16',
  'config.logFormat.invalid': '"{value}": choose json, pretty or auto.',
  'config.analysisTimeout.invalid': '"{value}": seconds or a unit (90s, 2m), between 1 second and 1 hour.',
  'config.localPasswords.invalid': '"{value}": use on or off.',
  'config.oidc.withoutIssuer': '{name} is set, but OIDC_ISSUER is not.',
  'config.localPasswords.needsOidc':
    'With LOCAL_PASSWORDS=off people can only sign in through OIDC: also set OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET.',
  'config.oidcIssuer.notHttps': '"{value}": use https (http only for a provider on this machine).',
  'config.oidcIssuer.invalid': '"{value}" is not an address.',
  'config.oidcClientId.missing': 'Give the client id the provider issued.',
  'config.oidcClientSecret.missing': 'Give the client secret (Sluitstuk is a confidential client).',
  'config.publicUrl.neededForOidc':
    'Signing in through OIDC needs PUBLIC_URL: the redirect address (…/api/auth/oidc/callback) follows from it.',
  'config.oidcRoles.invalid':
    '"{value}": use role=value, e.g. admin=sluitstuk-admins,coach=sluitstuk-coaches (roles: {choices}).',
  'config.oidcRoleClaim.missing': 'OIDC_ROLES needs a claim, e.g. roles or groups.',
  'config.oidcDefaultRole.invalid': '"{value}": choose {choices} or none.',
  'config.oidcAccounts.invalid': '"{value}": choose create or known.',
};
