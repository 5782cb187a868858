namespace Ukspf.Domain.Template;

/// <summary>
/// The return template, defined once: sheets, input tables and their columns, single input cells, drop-down lists
/// and metadata keys. The generator writes it, the reader finds it, the parser and rules name its cells.
/// </summary>
public static class TemplateSchema
{
    /// <summary>The template version written into every generated workbook; a return of another version is rejected.</summary>
    public const string Version = "UKSPF-Return-1.0";

    /// <summary>The fund named in the metadata sheet.</summary>
    public const string Fund = "UKSPF";

    /// <summary>Sheet names, in workbook order.</summary>
    public static class Sheets
    {
        /// <summary>Instructions and the reporting period.</summary>
        public const string Start = "Start";
        /// <summary>Projects table.</summary>
        public const string Projects = "Projects";
        /// <summary>Spend table and totals.</summary>
        public const string Spend = "Spend";
        /// <summary>Outputs table.</summary>
        public const string Outputs = "Outputs";
        /// <summary>Outcomes table.</summary>
        public const string Outcomes = "Outcomes";
        /// <summary>Programme RAG, narrative and underspend.</summary>
        public const string Programme = "Programme";
        /// <summary>Sign-off.</summary>
        public const string SignOff = "Sign off";
        /// <summary>Hidden drop-down values.</summary>
        public const string Lists = "Lists";
        /// <summary>Hidden metadata (template version, round, LLA code).</summary>
        public const string Metadata = "Metadata";
    }

    /// <summary>Keys of the hidden metadata sheet (column A key, column B value).</summary>
    public static class MetadataKeys
    {
        /// <summary>Template version.</summary>
        public const string TemplateVersion = "TemplateVersion";
        /// <summary>Fund ("UKSPF").</summary>
        public const string Fund = "Fund";
        /// <summary>Round, e.g. "2025-26-Q2".</summary>
        public const string Round = "Round";
        /// <summary>LLA code.</summary>
        public const string LlaCode = "LlaCode";
        /// <summary>LLA name.</summary>
        public const string LlaName = "LlaName";
    }

    /// <summary>Drop-down list names (each a defined name over a column of the Lists sheet).</summary>
    public static class Lists
    {
        /// <summary>Intervention codes for the council's nation and year.</summary>
        public const string Interventions = "ListInterventions";
        /// <summary>Project statuses.</summary>
        public const string Statuses = "ListStatuses";
        /// <summary>Quarters of the funding year.</summary>
        public const string Quarters = "ListQuarters";
        /// <summary>Units.</summary>
        public const string Units = "ListUnits";
        /// <summary>Red, Amber, Green.</summary>
        public const string Rag = "ListRag";
        /// <summary>Output indicators, "code - title".</summary>
        public const string OutputIndicators = "ListOutputIndicators";
        /// <summary>Outcome indicators, "code - title".</summary>
        public const string OutcomeIndicators = "ListOutcomeIndicators";
    }

    /// <summary>Project status labels in the template, in enum order.</summary>
    public static IReadOnlyList<string> StatusLabels { get; } = ["Planned", "Live", "Finished", "Closed early"];

    /// <summary>RAG labels in the template, in enum order.</summary>
    public static IReadOnlyList<string> RagLabels { get; } = ["Red", "Amber", "Green"];

    /// <summary>
    /// The most characters a text or drop-down cell may hold. Far above what a council needs, and well inside what one
    /// Table Storage property (32K characters) and a finding can carry.
    /// </summary>
    public static class Lengths
    {
        /// <summary>A project reference: "ADU-2025-E1-014".</summary>
        public const int Reference = 100;
        /// <summary>A name, an organisation, an area, a role, a drop-down value (the longest, an indicator, is under 120).</summary>
        public const int Name = 255;
        /// <summary>A comment or a reason.</summary>
        public const int Note = 1_000;
        /// <summary>The progress narrative: 250 words of long words.</summary>
        public const int Narrative = 4_000;
        /// <summary>The forward look: 200 words of long words.</summary>
        public const int ForwardLook = 3_200;
    }

    /// <summary>Rows each input table offers in a new template (a council can insert more).</summary>
    public const int InputRows = 200;

    /// <summary>The Projects table.</summary>
    public static TemplateTable Projects { get; } = new("ProjectsTable", Sheets.Projects,
    [
        new("ProjectRef", "Project reference", CellType.Text, true, Width: 14, MaxLength: Lengths.Reference),
        new("ProjectName", "Project name", CellType.Text, true, Width: 36, MaxLength: Lengths.Name),
        new("Intervention", "Primary intervention", CellType.Choice, true, Lists.Interventions, 12, Lengths.Name),
        new("Status", "Status", CellType.Choice, true, Lists.Statuses, 14, Lengths.Name),
        new("ClosedReason", "Reason closed early", CellType.Text, false, Width: 28, MaxLength: Lengths.Note),
        new("StartDate", "Start date", CellType.Date, true, Width: 12),
        new("EndDate", "End date", CellType.Date, true, Width: 12),
        new("DeliveryOrganisation", "Delivery organisation", CellType.Text, false, Width: 28, MaxLength: Lengths.Name),
        new("Area", "Postcode or area", CellType.Text, false, Width: 16, MaxLength: Lengths.Name),
        new("OrganisationNumber", "Delivery organisation's charity or company number", CellType.Text, false, Width: 20, MaxLength: Lengths.Reference),
    ], "One row per project. Use your own project reference; choose the intervention and status from the lists. "
        + "If the delivery organisation is a registered charity or a company, give its charity number (e.g. 1123456, SC012345 or NIC100123) "
        + "or its Companies House number (e.g. 01234567 or SC123456), so the published grants name it.");

    /// <summary>The Spend table.</summary>
    public static TemplateTable Spend { get; } = new("SpendTable", Sheets.Spend,
    [
        new("ProjectRef", "Project reference (or M&A)", CellType.Text, true, Width: 16, MaxLength: Lengths.Reference),
        new("Quarter", "Quarter", CellType.Choice, true, Lists.Quarters, 12, Lengths.Name),
        new("CapitalActual", "Capital actual (£)", CellType.Money, false),
        new("RevenueActual", "Revenue actual (£)", CellType.Money, false),
        new("CapitalForecast", "Capital forecast (£)", CellType.Money, false),
        new("RevenueForecast", "Revenue forecast (£)", CellType.Money, false),
        new("Comment", "Comment (explain variances)", CellType.Text, false, Width: 36, MaxLength: Lengths.Note),
        new("CorrectionReason", "Correction reason", CellType.Text, false, Width: 28, MaxLength: Lengths.Note),
    ], "One row per project and quarter. Actuals for quarters that have ended, forecasts for quarters to come. Management and administration goes on a row with project reference M&A.");

    /// <summary>The Outputs table.</summary>
    public static TemplateTable Outputs { get; } = IndicatorTable("OutputsTable", Sheets.Outputs, Lists.OutputIndicators, "output");

    /// <summary>The Outcomes table.</summary>
    public static TemplateTable Outcomes { get; } = IndicatorTable("OutcomesTable", Sheets.Outcomes, Lists.OutcomeIndicators, "outcome");

    /// <summary>Every input table.</summary>
    public static IReadOnlyList<TemplateTable> Tables { get; } = [Projects, Spend, Outputs, Outcomes];

    /// <summary>Keys of the Spend sheet's totals cells (defined names), one per money column.</summary>
    public static IReadOnlyList<string> SpendTotalKeys { get; } = ["TotalCapitalActual", "TotalRevenueActual", "TotalCapitalForecast", "TotalRevenueForecast"];

    /// <summary>Single input cells.</summary>
    public static IReadOnlyList<TemplateField> Fields { get; } =
    [
        new("ProgressRag", "RAG rating: progress", Sheets.Programme, CellType.Choice, true, Lists.Rag, MaxLength: Lengths.Name),
        new("TrendRag", "RAG rating: trend", Sheets.Programme, CellType.Choice, true, Lists.Rag, MaxLength: Lengths.Name),
        new("Narrative", "Progress narrative (at most 250 words)", Sheets.Programme, CellType.Text, true, MaxWords: 250, MaxLength: Lengths.Narrative),
        new("ForwardLook", "Forward look (at most 200 words)", Sheets.Programme, CellType.Text, false, MaxWords: 200, MaxLength: Lengths.ForwardLook),
        new("ForecastUnderspendCapital", "Forecast underspend this year: capital (£)", Sheets.Programme, CellType.Money, false),
        new("ForecastUnderspendRevenue", "Forecast underspend this year: revenue (£)", Sheets.Programme, CellType.Money, false),
        new("ReprofileAmount", "Amount to reprofile (£)", Sheets.Programme, CellType.Money, false),
        new("SignOffName", "Name", Sheets.SignOff, CellType.Text, true, MaxLength: Lengths.Name),
        new("SignOffRole", "Role (Section 151 officer or delegate)", Sheets.SignOff, CellType.Text, true, MaxLength: Lengths.Name),
        new("SignOffDate", "Date", Sheets.SignOff, CellType.Date, true),
        new("TotalCapitalActual", "Total capital actual (£)", Sheets.Spend, CellType.Money, false),
        new("TotalRevenueActual", "Total revenue actual (£)", Sheets.Spend, CellType.Money, false),
        new("TotalCapitalForecast", "Total capital forecast (£)", Sheets.Spend, CellType.Money, false),
        new("TotalRevenueForecast", "Total revenue forecast (£)", Sheets.Spend, CellType.Money, false),
    ];

    /// <summary>
    /// The council as the Start sheet shows it to the officer, beside the labels "Council" and "Council code"; not
    /// inputs. Each is found by its defined name (its key), as a field is, in a template that names them.
    /// </summary>
    public static IReadOnlyList<TemplateField> StartFields { get; } =
    [
        new("CouncilName", "Council", Sheets.Start, CellType.Text, false, MaxLength: Lengths.Name),
        new("CouncilCode", "Council code", Sheets.Start, CellType.Text, false, MaxLength: Lengths.Reference),
    ];

    /// <summary>The field (or Start sheet cell) with that key.</summary>
    public static TemplateField Field(string key) => Fields.FirstOrDefault(f => f.Key == key) ?? StartFields.First(f => f.Key == key);

    private static TemplateTable IndicatorTable(string name, string sheet, string list, string kind) => new(name, sheet,
    [
        new("ProjectRef", "Project reference", CellType.Text, true, Width: 14, MaxLength: Lengths.Reference),
        new("Indicator", $"Indicator ({kind})", CellType.Choice, true, list, 48, Lengths.Name),
        new("Unit", "Unit", CellType.Choice, true, Lists.Units, 10, Lengths.Name),
        new("CumulativeActual", "Actual to date (cumulative)", CellType.Number, true),
        new("Forecast", "Forecast to date", CellType.Number, false),
        new("Target", "Target (end of project)", CellType.Number, false),
        new("Comment", "Comment (explain variances)", CellType.Text, false, Width: 36, MaxLength: Lengths.Note),
        new("CorrectionReason", "Correction reason", CellType.Text, false, Width: 28, MaxLength: Lengths.Note),
    ], $"One row per project and {kind} indicator. Give the cumulative figure to date; jobs are in full-time equivalents.");
}
