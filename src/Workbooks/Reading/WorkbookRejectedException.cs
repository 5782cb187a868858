namespace Ukspf.Workbooks.Reading;

/// <summary>
/// The uploaded file cannot be read as a return. <see cref="Exception.Message"/> says what is wrong and what to do,
/// in words a council officer can act on; <see cref="Reason"/> says which case it is.
/// </summary>
public sealed class WorkbookRejectedException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">Which case of bad input it is.</param>
    /// <param name="message">The explanation shown to the council.</param>
    public WorkbookRejectedException(RejectionReason reason, string message)
        : base(message)
    {
        Reason = reason;
    }

    /// <summary>Creates the exception, keeping the low-level error that revealed the problem.</summary>
    /// <param name="reason">Which case of bad input it is.</param>
    /// <param name="message">The explanation shown to the council.</param>
    /// <param name="innerException">The error that revealed it.</param>
    public WorkbookRejectedException(RejectionReason reason, string message, Exception innerException)
        : base(message, innerException)
    {
        Reason = reason;
    }

    /// <summary>Which case of bad input it is.</summary>
    public RejectionReason Reason { get; }
}
