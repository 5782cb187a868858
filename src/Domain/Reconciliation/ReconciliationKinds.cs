namespace Ukspf.Domain.Reconciliation;

/// <summary>The kinds of reconciliation finding.</summary>
public static class ReconciliationKinds
{
    /// <summary>No return at all from a council expected to return.</summary>
    public const string Missing = "Missing return";
    /// <summary>Returns arrived but none was accepted.</summary>
    public const string NoneAccepted = "No accepted return";
    /// <summary>The accepted return arrived after the deadline.</summary>
    public const string Late = "Late return";
    /// <summary>A cumulative figure is lower than in an earlier round.</summary>
    public const string CumulativeDecrease = "Cumulative figure went down";
    /// <summary>Actual spend above the allocation.</summary>
    public const string OverAllocation = "Spend over allocation";
    /// <summary>Outputs reported on projects with no spend.</summary>
    public const string OutputsWithoutSpend = "Outputs with no spend";
    /// <summary>A council returned but has no allocation loaded for the year.</summary>
    public const string NoAllocation = "No allocation loaded";
    /// <summary>Forecast outturn well below allocation.</summary>
    public const string UnderspendRisk = "Underspend risk";
}
