namespace Ukspf.Domain.Validation;

/// <summary>The stable ids of the validation rules (domain.md numbers them 1-12). Ids never change meaning.</summary>
public static class RuleIds
{
    /// <summary>0. The file itself could not be used: not a workbook, corrupt, protected, macro-enabled, too large, or not a UKSPF return.</summary>
    public const string File = "R00";
    /// <summary>1. Right template and version; LLA in the workbook equals the upload path; the round is open.</summary>
    public const string Template = "R01";
    /// <summary>2. Required cells present; numbers are numbers, dates are dates, drop-down values from the list.</summary>
    public const string Cells = "R02";
    /// <summary>3. Intervention exists for nation and year; indicator allowed for the intervention; unit matches.</summary>
    public const string Catalogue = "R03";
    /// <summary>4. Cumulative actuals never go down against the last accepted return unless a correction reason is given.</summary>
    public const string Cumulative = "R04";
    /// <summary>5. Actual spend within the year's allocation (capital, revenue); M&amp;A at most 4%; capital share minimum (warning).</summary>
    public const string Allocation = "R05";
    /// <summary>6. Lines add up to totals within the rounding tolerance.</summary>
    public const string Totals = "R06";
    /// <summary>7. Actuals only for past periods, forecasts only for future ones.</summary>
    public const string Periods = "R07";
    /// <summary>8. Forecast underspend and reprofile amount present in every return but the year's last.</summary>
    public const string Underspend = "R08";
    /// <summary>9. Spend with no outputs for two periods, or outputs with no spend (warning).</summary>
    public const string SpendWithoutOutputs = "R09";
    /// <summary>10. Actual differs from forecast beyond tolerance without a comment (warning).</summary>
    public const string Variance = "R10";
    /// <summary>11. Outputs above 150% of target: possible double counting (warning).</summary>
    public const string OverTarget = "R11";
    /// <summary>12. No new actual spend dated after the funding period ends.</summary>
    public const string AfterFundingPeriod = "R12";

    /// <summary>A council officer's title for each rule, for feedback grouping.</summary>
    public static IReadOnlyDictionary<string, string> Titles { get; } = new Dictionary<string, string>
    {
        [File] = "The file could not be read",
        [Template] = "Template, council and round",
        [Cells] = "Missing or unreadable cells",
        [Catalogue] = "Interventions, indicators and units",
        [Cumulative] = "Figures lower than last accepted return",
        [Allocation] = "Spend against allocation",
        [Totals] = "Totals do not add up",
        [Periods] = "Actuals and forecasts in the wrong quarters",
        [Underspend] = "Forecast underspend and reprofiling",
        [SpendWithoutOutputs] = "Spend and outputs out of step",
        [Variance] = "Large variances without a comment",
        [OverTarget] = "Outputs well above target",
        [AfterFundingPeriod] = "Spend after the funding period",
    };
}
