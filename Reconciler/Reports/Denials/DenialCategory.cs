namespace Reconciler.Reports.Denials;

/// <summary>The kinds of denial a billing office works differently (denials.csv <c>category</c>).</summary>
public static class DenialCategory
{
    public const string MissingAuthorisation = "missing_authorisation";
    public const string TimelyFiling = "timely_filing";
    public const string Duplicate = "duplicate";
    public const string Bundling = "bundling";
    public const string PatientLiability = "patient_liability";
    public const string Other = "other";

    public static readonly IReadOnlyList<string> All = [MissingAuthorisation, TimelyFiling, Duplicate, Bundling, PatientLiability, Other];

    /// <summary>
    /// A denial's category and whether it is correctable: the first remark (RARC) with a category wins, since a remark says
    /// more precisely what went wrong; else the first CARC with one; else <see cref="Other"/>, not correctable.
    /// </summary>
    public static (string Category, bool Correctable) Of(IEnumerable<string> carcs, IEnumerable<string> rarcs, ClaimCodeTable carcTable, ClaimCodeTable rarcTable)
    {
        foreach (var code in rarcs)
        {
            if (rarcTable.Find(code) is { Category: { } category } found) return (category, found.Correctable ?? false);
        }
        foreach (var code in carcs)
        {
            if (carcTable.Find(code) is { Category: { } category } found) return (category, found.Correctable ?? false);
        }
        return (Other, false);
    }
}
