namespace Reconciler.Rules.Discrepancies;

/// <summary>How urgently a person should look at a discrepancy.</summary>
public enum Severity
{
    /// <summary>For the record; nothing is wrong with the money.</summary>
    Info,

    /// <summary>Needs a look; the run could still use the data.</summary>
    Warning,

    /// <summary>Money is unexplained or wrong until someone acts.</summary>
    Error,
}
