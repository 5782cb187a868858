// Prints every non-empty cell of a workbook as JSON, as SheetJS (npm "xlsx") reads it: {sheet: {"A1": value}}.
// Numbers stay numbers, dates and times become ISO text ("2024-10-31T00:00:00"), text stays text.
let XLSX;
try {
  XLSX = require("xlsx");
} catch {
  console.error("SheetJS is not installed: run `npm ci` in the repository root (package.json pins xlsx 0.18.5).");
  process.exit(2);
}

const { plain } = require("./plain.js");
const workbook = XLSX.readFile(process.argv[2], { cellDates: true, UTC: true });
const sheets = {};
for (const name of workbook.SheetNames) {
  const sheet = workbook.Sheets[name];
  const cells = {};
  for (const address of Object.keys(sheet)) {
    if (address.startsWith("!")) continue;
    const value = sheet[address].v;
    if (value === undefined || value === null || value === "") continue;
    cells[address] = plain(value);
  }
  sheets[name] = cells;
}
process.stdout.write(JSON.stringify(sheets));
