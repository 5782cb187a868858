// Prints every non-empty cell of a workbook as JSON, as exceljs reads it: {sheet: {"A1": value}}.
// Numbers stay numbers, dates and times become ISO text ("2024-10-31T00:00:00"), text stays text; a formula gives its saved result.
let ExcelJS;
try {
  ExcelJS = require("exceljs");
} catch {
  console.error("exceljs is not installed: run `npm ci` in the repository root (package.json pins exceljs 4.4.0).");
  process.exit(2);
}

const { plain } = require("./plain.js");

async function main(path) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = {};
  workbook.eachSheet((sheet) => {
    const cells = {};
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        let value = cell.value;
        if (value && typeof value === "object" && !(value instanceof Date)) {
          // exceljs leaves out a saved formula result of 0 (it tests the text "0" as false), whoever wrote the file.
          if ("formula" in value || "sharedFormula" in value) value = value.result === undefined ? 0 : value.result;
          else if ("richText" in value) value = value.richText.map((r) => r.text).join("");
          else if ("text" in value) value = value.text;
        }
        if (value === undefined || value === null || value === "") return;
        cells[cell.address] = plain(value);
      });
    });
    sheets[sheet.name] = cells;
  });
  process.stdout.write(JSON.stringify(sheets));
}

main(process.argv[2]).catch((error) => {
  console.error(`exceljs could not read the workbook: ${error.stack || error}`);
  process.exit(1);
});
