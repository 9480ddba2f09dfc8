// Very common passwords of 12 characters or more (from public breach-frequency
// lists), checked case-insensitively. Short ones are already refused by length.
const COMMON = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "111111111111",
  "000000000000", "123123123123", "password1234", "password12345", "password123456",
  "passwort1234", "passwort12345", "qwertyuiop123", "qwertyuiopas", "qwertzuiop123",
  "qwertzuiopü", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedcrfv", "asdfghjkl123",
  "iloveyou1234", "abcdefghijkl", "abc123abc123", "letmein12345", "welcome12345",
  "willkommen12", "willkommen123", "hallo1234567", "sommer123456", "schalke04schalke",
  "administrator", "admin1234567", "adminadmin12", "changeme1234", "trustno11234",
  "football1234", "baseball1234", "sunshine1234", "princess1234", "superman1234",
  "monkey123456", "dragon123456", "master123456", "passwordpassword", "1234567890qwerty",
  "qwerty123456", "qwertz123456", "987654321098", "a1b2c3d4e5f6", "zaq12wsxcde3",
]);

export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (COMMON.has(p)) return true;
  // One character repeated, or a plain run of digits, is as weak as any list entry.
  return /^(.)\1+$/.test(p) || (/^\d+$/.test(p) && new Set(p).size <= 3);
}
