namespace Reconciler.Rules.Matching;

/// <summary>The contract's words for the reviewer actions, as the workbook, the store and the trail write them.</summary>
public static class ReviewActions
{
    /// <summary>The action a contract word names; fails on any other word (the workbook reader lets only these six through).</summary>
    public static ReviewAction Parse(string text) => text switch
    {
        "apply" => ReviewAction.Apply,
        "write_off" => ReviewAction.WriteOff,
        "refund" => ReviewAction.Refund,
        "appeal" => ReviewAction.Appeal,
        "ignore" => ReviewAction.Ignore,
        "investigate" => ReviewAction.Investigate,
        _ => throw new ArgumentException($"'{text}' is not a reviewer action (apply, write_off, refund, appeal, ignore, investigate)", nameof(text)),
    };

    /// <summary>The contract's word for <paramref name="action"/>.</summary>
    public static string Text(ReviewAction action) => action switch
    {
        ReviewAction.Apply => "apply",
        ReviewAction.WriteOff => "write_off",
        ReviewAction.Refund => "refund",
        ReviewAction.Appeal => "appeal",
        ReviewAction.Ignore => "ignore",
        ReviewAction.Investigate => "investigate",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
