namespace Ukspf.Domain.Rounds;

/// <summary>How a reporting period divides the financial year.</summary>
public enum PeriodKind
{
    /// <summary>Q1 April-June to Q4 January-March: the short quarterly update.</summary>
    Quarter,

    /// <summary>H1 April-September, H2 October-March: the detailed six-monthly return.</summary>
    Half,
}
