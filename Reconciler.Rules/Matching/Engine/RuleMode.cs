namespace Reconciler.Rules.Matching;

/// <summary>What the engine does with a rule's match.</summary>
public enum RuleMode
{
    /// <summary>Applied automatically.</summary>
    Auto,

    /// <summary>Only suggested: the money stays unapplied and the suggestion is listed for a reviewer.</summary>
    Review,
}
