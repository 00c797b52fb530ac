// Datadog's default identifier redaction: a value whose argument, field or string map key
// names a secret is replaced by its type and notCapturedReason "redactedIdent".
//
// The keyword list and the normalization are dd-trace-java's
// (dd-java-agent/agent-debugger/debugger-bootstrap/.../debugger/util/Redaction.java,
// PREDEFINED_KEYWORDS and normalize(), itself based on sentry-python's scrubber list), the
// default the Datadog tracers share. User-configured identifiers and redacted types
// ("redactedType") are not supported: probes.json has no place for them.

import type { CapturedValue } from './snapshot.ts';

const KEYWORDS = new Set([
  '2fa', 'accesstoken', 'aiohttpsession', 'apikey', 'appkey', 'apisecret', 'apisignature',
  'applicationkey', 'auth', 'authorization', 'authtoken', 'ccnumber', 'certificatepin', 'cipher',
  'clientid', 'clientsecret', 'connectionstring', 'connectsid', 'cookie', 'credentials',
  'creditcard', 'csrf', 'csrftoken', 'cvv', 'databaseurl', 'dburl', 'encryptionkey',
  'encryptionkeyid', 'geolocation', 'gpgkey', 'ipaddress', 'jti', 'jwt', 'licensekey', 'masterkey',
  'mysqlpwd', 'nonce', 'oauth', 'oauthtoken', 'otp', 'passhash', 'passwd', 'password', 'passwordb',
  'pemfile', 'pgpkey', 'phpsessid', 'pin', 'pincode', 'pkcs8', 'privatekey', 'publickey', 'pwd',
  'recaptchakey', 'refreshtoken', 'routingnumber', 'salt', 'secret', 'secretkey', 'secrettoken',
  'securityanswer', 'securitycode', 'securityquestion', 'serviceaccountcredentials', 'session',
  'sessionid', 'sessionkey', 'setcookie', 'signature', 'signaturekey', 'sshkey', 'ssn', 'symfony',
  'token', 'transactionid', 'twiliotoken', 'usersession', 'voterid', 'xapikey', 'xauthtoken',
  'xcsrftoken', 'xforwardedfor', 'xrealip', 'xsrf', 'xsrftoken',
]);

/** Characters the normalization drops, as Redaction.isRemovableChar. */
const REMOVABLE = /[_\-$@]/g;

/** Whether `identifier` (compared lowercased, without `_`, `-`, `$`, `@`) names a secret. */
export function isRedactedIdentifier(identifier: string): boolean {
  return KEYWORDS.has(identifier.toLowerCase().replace(REMOVABLE, ''));
}

/** What a redacted value shows: its type and why its content is missing. */
export function redactedIdent(t: { readonly name: string }): CapturedValue {
  return { type: t.name, notCapturedReason: 'redactedIdent' };
}
