namespace Reconciler.Rules.Books;

/// <summary>An account by role, with the bank account (cash) or batch kind (processor clearing) it is kept for.</summary>
public readonly record struct AccountRef(string Role, string? Qualifier = null)
{
    public override string ToString() => Qualifier is null ? Role : $"{Role}:{Qualifier}";
}
