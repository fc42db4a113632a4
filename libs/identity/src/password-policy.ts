import { COMMON_PASSWORDS_TEXT } from './common-passwords.list';

/**
 * The one password rule, NIST SP 800-63B style (length and a block list, no composition rules),
 * used by registerVendor, createUser, changePassword and resetPassword (docs/product.md):
 * - 12 to 256 characters, and not only whitespace;
 * - not a common password (a bundled list of leaked passwords, compared case-insensitively, also
 *   with trailing digits and punctuation removed: "Password2024!" is "password");
 * - at least 12 characters of its own besides the user's email name and display name: those are
 *   the first things an attacker tries ("mari.tamm2024" for mari.tamm@…), so they are removed
 *   before the length and block-list checks run again on what is left.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

const COMMON = new Set(COMMON_PASSWORDS_TEXT.split('\n'));
/** Parts of a name shorter than this are too generic to refuse ("li", "jo"). */
const MIN_PERSONAL_PART = 3;

export interface PasswordOwner {
  email: string;
  displayName?: string | null;
}

const isCommon = (candidate: string): boolean => {
  const lower = candidate.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return COMMON.has(lower) || (stem.length >= 4 && COMMON.has(stem));
};

/** The user's own words: the email local part, the display name and each of its words. */
const personalWords = (owner: PasswordOwner): string[] => {
  const local = owner.email.split('@')[0]?.toLowerCase() ?? '';
  const name = (owner.displayName ?? '').toLowerCase().trim();
  const nameWords = name.split(/\s+/u).filter((w) => w.length > MIN_PERSONAL_PART);
  const words = [local, name, name.replace(/\s+/gu, ''), ...nameWords];
  return [...new Set(words.filter((w) => w.length >= MIN_PERSONAL_PART))].sort((a, b) => b.length - a.length);
};

/** Every reason the password is refused (empty when acceptable), phrased for the user. */
export function passwordProblems(password: string, owner: PasswordOwner, field = 'password'): string[] {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH)
    return [`${field} must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`];
  if (!password.trim()) return [`${field} must not be only spaces`];
  if (isCommon(password)) return [`${field} is too common: it appears in lists of leaked passwords`];
  let own = password.toLowerCase();
  for (const word of personalWords(owner)) own = own.split(word).join('');
  if (own !== password.toLowerCase() && ([...own.trim()].length < PASSWORD_MIN_LENGTH || isCommon(own)))
    return [`${field} must not be built from your email address or name`];
  return [];
}
