// Prisma's CLI talks to a terminal: banners, blank lines, and on every run a
// "WARNING: Your schema specifies … url … will NOT be used!" that only means
// the app connects through its driver adapter (prisma.config.ts), as intended.
// `npm start` logs what the command did in one line, like its other lines.

const NOISE = [
  /^Loaded Prisma config/,
  /^Prisma config detected/,
  /^Prisma schema loaded/,
  /^Datasource "db"/,
  /^WARNING: Your schema specifies/,
  /^- url$/,
  /^The values from your schema will NOT be used/,
  /^We recommend you to remove those properties/,
  /^\s*$/,
];

/** What a successful Prisma command said, without the noise, as one line ("" when nothing is left). */
export function summarizePrismaOutput(output) {
  return String(output)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => !NOISE.some((noise) => noise.test(line)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}
