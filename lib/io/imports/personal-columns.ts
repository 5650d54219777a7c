import { normaliseText } from './normalise-text';

/**
 * Tool field names that always hold personal data (normalised with {@link normaliseText}), and why.
 * Qualtrics: recipient fields, IP address, location, external data reference; legacy Qualtrics:
 * `Name`, `EmailAddress`; SurveyMonkey: contact fields and custom data (copied from the contact list,
 * typically names or ids); Google Forms: the collected e-mail address.
 */
const PERSONAL_FIELDS = new Map<string, string>([
  ['ipaddress', 'IP address'],
  ['ip address', 'IP address'],
  ['ip adresse', 'IP address'],
  ['recipientlastname', 'recipient name'],
  ['recipientfirstname', 'recipient name'],
  ['recipientemail', 'recipient e-mail'],
  ['externalreference', 'external data reference'],
  ['externaldatareference', 'external data reference'],
  ['locationlatitude', 'location'],
  ['locationlongitude', 'location'],
  ['locationaccuracy', 'location'],
  ['name', 'name'],
  ['emailaddress', 'e-mail address'],
  ['email address', 'e-mail address'],
  ['email', 'e-mail address'],
  ['first name', 'name'],
  ['last name', 'name'],
  ['custom data', 'contact-list custom data'],
  ['username', 'user name'],
]);

/** Words in a (short) question or header that show it asks who the respondent is or where they are. */
const PERSONAL_PATTERNS: [RegExp, string][] = [
  [/\be ?mail\b/, 'e-mail address'],
  [/\b(first|last|full|given|family|sur|middle|your|respondent|recipient|user|contact) ?names?\b/, 'name'],
  [/\bip address\b/, 'IP address'],
  [/\b(latitude|longitude|geolocation)\b/, 'location'],
  [/\bexternal (data )?reference\b/, 'external data reference'],
  [/\b(phone|telephone|mobile) (number|no)\b/, 'telephone number'],
  [/\b(postcode|post code|zip code|home address|postal address|street address)\b/, 'address'],
  [/\bdate of birth\b/, 'date of birth'],
  [/\bnational insurance\b/, 'national insurance number'],
];

/**
 * Question texts longer than this are not searched for personal words: a long statement that
 * mentions "e-mail" (a consent text, say) is not a question asking for one.
 */
const MAX_QUESTION_LENGTH = 150;

/**
 * Why a column holds personal data, or null. Looks at the tool's field name, the header text and
 * any row label; known tool fields always count, free question texts only when they are short.
 *
 * @example
 * personalReason(['RecipientEmail']) // 'recipient e-mail'
 * personalReason(['What is your first name?']) // 'name'
 * personalReason(['My workload this week was manageable.']) // null
 */
export function personalReason(texts: readonly (string | undefined)[]): string | null {
  for (const text of texts) {
    if (!text) continue;
    const normalised = normaliseText(text);
    const field = PERSONAL_FIELDS.get(normalised) ?? PERSONAL_FIELDS.get(normalised.replace(/ \d+$/, ''));
    if (field) return field;
    if (text.length > MAX_QUESTION_LENGTH) continue;
    for (const [pattern, reason] of PERSONAL_PATTERNS) if (pattern.test(normalised)) return reason;
  }
  return null;
}
