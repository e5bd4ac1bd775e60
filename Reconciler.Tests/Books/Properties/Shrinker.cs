namespace Reconciler.Tests.Books.Properties;

/// <summary>
/// Greedy shrinking: take the first smaller case that still fails, again and again, until no smaller case fails (or the
/// tries run out). What is left is a failing case from which nothing can be removed one at a time.
/// </summary>
public static class Shrinker
{
    public sealed record Result<T>(T Smallest, int Steps, int Tries);

    public static Result<T> Shrink<T>(T failing, Func<T, IEnumerable<T>> smaller, Func<T, bool> fails, int maxTries = 300)
    {
        var current = failing;
        var (steps, tries) = (0, 0);
        for (var progressed = true; progressed && tries < maxTries;)
        {
            progressed = false;
            foreach (var candidate in smaller(current))
            {
                if (++tries > maxTries) break;
                if (!fails(candidate)) continue;
                (current, progressed) = (candidate, true);
                steps++;
                break;
            }
        }
        return new Result<T>(current, steps, tries);
    }
}
